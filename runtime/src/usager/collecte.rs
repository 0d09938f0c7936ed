//! La collection typée d'une structure (`usager.md`) : le fichier de
//! collecte lu et écrit, chaque personne validée, et le Bundle WS09.

use super::cda::Logiciel;
use super::fhir::{Bundle, Entete};
use super::{
    Finess, Identite, Ins, InsInvalide, Personne, Sejour, Sexe, Sortie, StatutIdentite, Structure,
    TypeIns,
};
use crate::__private::derive::Rapport;
use crate::__private::table::{self, Structure as Table};
use crate::ecriture::{Objet, chaine};
use crate::flux::{Brut, Flux};
use crate::jeton::ErreurJson;
use crate::lecture::{ErreurLecture, Lecteur, Rejets};
use crate::verif::Chemin;
use crate::{Constat, Constats, Date, Position};
use std::collections::BTreeSet;

/// Un rapport généré d'un modèle de niveau usager (le code généré
/// l'implémente pour son `Rapport`) : ce qu'une [`Collecte`] en lit, en
/// valide et en écrit.
pub trait RapportUsager: Table + Rapport {
    const CAMPAGNE: &'static str;
    /// Le code du modèle.
    const CODE: &'static str;
    const VERSION: &'static str;
}

/// Une personne de la collection et son rapport. Données personnelles :
/// son `Debug` ne montre rien de l'identité.
pub struct Usager<R> {
    pub personne: Personne,
    pub rapport: R,
    /// What reading refused (a value of the wrong type), for the findings.
    rejets: Rejets,
}

impl<R> Usager<R> {
    pub fn new(personne: Personne, rapport: R) -> Usager<R> {
        Usager {
            personne,
            rapport,
            rejets: Rejets::default(),
        }
    }
}

impl<R: std::fmt::Debug> std::fmt::Debug for Usager<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Usager")
            .field("personne", &self.personne)
            .field("rapport", &self.rapport)
            .finish_non_exhaustive()
    }
}

/// La collection d'une structure pour une campagne : la date de production
/// (l'`authored` des réponses, la référence des dates de naissance), la
/// structure et chaque personne avec son rapport `R` (le `Rapport` généré
/// d'un modèle de niveau usager).
///
/// ```ignore
/// use sidoba::usager::Collecte;
/// let c = Collecte::<mon_modele::Rapport>::lire(&texte)?;
/// let constats = c.valider();          // usagers[i].… ; jamais l'identité
/// let bundle = c.bundle(sidoba::usager::fhir::BASE_DEFAUT)?; // refusé si bloquant
/// std::fs::write("collecte.json", c.ecrire())?; // fichier de collecte (0600 !)
/// ```
#[derive(Debug)]
pub struct Collecte<R> {
    pub date_production: Date,
    pub structure: Structure,
    pub usagers: Vec<Usager<R>>,
}

fn err(offset: usize, message: impl Into<String>) -> ErreurJson {
    ErreurJson {
        offset,
        message: message.into(),
    }
}

/// A string value (never quoted back: it may be personal data).
fn chaine_v(v: Brut<'_>, p: usize, quoi: &str) -> Result<String, ErreurJson> {
    match v {
        Brut::Chaine(s) => Ok(s.into_owned()),
        v => Err(err(
            p,
            format!("{quoi} doit être une chaîne, reçu {}", v.type_json()),
        )),
    }
}

fn chaine_lue(f: &mut Flux<'_>, quoi: &str) -> Result<String, ErreurJson> {
    let p = f.position()?;
    let v = f.valeur()?;
    chaine_v(v, p, quoi)
}

fn date_v(v: Brut<'_>, p: usize, quoi: &str) -> Result<Date, ErreurJson> {
    chaine_v(v, p, quoi)?
        .parse()
        .map_err(|_| err(p, format!("{quoi} doit être une date AAAA-MM-JJ existante")))
}

fn date_lue(f: &mut Flux<'_>, quoi: &str) -> Result<Date, ErreurJson> {
    let p = f.position()?;
    let v = f.valeur()?;
    date_v(v, p, quoi)
}

/// A value that may be `null` (absence): `lire` gets the other ones.
fn optionnelle<T>(
    f: &mut Flux<'_>,
    lire: impl FnOnce(&mut Flux<'_>, Brut<'_>, usize) -> Result<T, ErreurJson>,
) -> Result<Option<T>, ErreurJson> {
    let p = f.position()?;
    match f.valeur()? {
        Brut::Null => Ok(None),
        v => lire(f, v, p).map(Some),
    }
}

fn objet(f: &mut Flux<'_>, quoi: &str) -> Result<usize, ErreurJson> {
    let p = f.position()?;
    match f.valeur()? {
        Brut::Objet => Ok(p),
        v => Err(err(
            p,
            format!("{quoi} doit être un objet, reçu {}", v.type_json()),
        )),
    }
}

fn inconnue(cle: &str, pos: usize, dans: &str) -> ErreurJson {
    err(pos, format!("clé « {cle} » inconnue dans {dans}"))
}

fn requis<T>(v: Option<T>, pos: usize, cle: &str, dans: &str) -> Result<T, ErreurJson> {
    v.ok_or_else(|| err(pos, format!("clé « {cle} » absente {dans}")))
}

fn identite(f: &mut Flux<'_>) -> Result<Identite, ErreurJson> {
    let debut = objet(f, "« identite »")?;
    let (mut statut, mut ins, mut nom, mut prenoms, mut premier) = (None, None, None, None, None);
    let (mut sexe, mut rang, mut naissance, mut lieu) = (None, None, None, None);
    f.membres(|f, cle, pos| {
        match cle {
            "statut" => {
                statut = Some(StatutIdentite::depuis_code(&chaine_lue(f, "le statut")?).ok_or_else(
                    || err(pos, "le statut de l'identité est « provisoire », « recuperee », « validee » ou « qualifiee »"),
                )?)
            }
            "ins" => {
                ins = optionnelle(f, |f, brut, p| {
                    if brut != Brut::Objet {
                        return Err(err(p, format!("l'INS doit être un objet, reçu {}", brut.type_json())));
                    }
                    let (mut t, mut v) = (None, None);
                    f.membres(|f, cle, p| {
                        match cle {
                            "type" => {
                                t = Some(TypeIns::depuis_code(&chaine_lue(f, "le type de l'INS")?).ok_or_else(
                                    || err(p, "le type de l'INS est « NIR » ou « NIA »"),
                                )?)
                            }
                            "valeur" => v = Some((chaine_lue(f, "la valeur de l'INS")?, p)),
                            autre => return Err(inconnue(autre, p, "l'INS")),
                        }
                        Ok(())
                    })?;
                    let t = requis(t, pos, "type", "de l'INS")?;
                    let (v, p) = requis(v, pos, "valeur", "de l'INS")?;
                    Ins::new(t, &v).map_err(|e: InsInvalide| err(p, e.to_string()))
                })?
            }
            "nomNaissance" => nom = Some(chaine_lue(f, "le nom de naissance")?),
            "prenomsNaissance" => {
                let p = f.position()?;
                if f.valeur()? != Brut::Tableau {
                    return Err(err(p, "les prénoms de naissance sont une liste de chaînes"));
                }
                let mut l = Vec::new();
                f.elements(|f, _| {
                    l.push(chaine_lue(f, "un prénom de naissance")?);
                    Ok(())
                })?;
                prenoms = Some(l);
            }
            "premierPrenom" => premier = Some(chaine_lue(f, "le premier prénom")?),
            "sexe" => {
                sexe = Some(Sexe::depuis_code(&chaine_lue(f, "le sexe")?)
                    .ok_or_else(|| err(pos, "le sexe est « F », « M » ou « I »"))?)
            }
            "rangNaissance" => {
                rang = optionnelle(f, |_, brut, p| {
                    match brut {
                        Brut::Nombre(n) => n
                            .parse::<u32>()
                            .map_err(|_| err(p, "le rang de naissance est un entier positif")),
                        _ => Err(err(p, "le rang de naissance est un nombre entier")),
                    }
                })?
            }
            "dateNaissance" => naissance = Some(date_lue(f, "la date de naissance")?),
            "lieuNaissance" => {
                lieu = optionnelle(f, |_, v, p| chaine_v(v, p, "le lieu de naissance"))?
            }
            autre => return Err(inconnue(autre, pos, "« identite »")),
        }
        Ok(())
    })?;
    let dans = "de « identite »";
    Ok(Identite {
        statut: requis(statut, debut, "statut", dans)?,
        ins,
        nom_naissance: requis(nom, debut, "nomNaissance", dans)?,
        prenoms_naissance: requis(prenoms, debut, "prenomsNaissance", dans)?,
        premier_prenom: requis(premier, debut, "premierPrenom", dans)?,
        sexe: requis(sexe, debut, "sexe", dans)?,
        rang_naissance: rang.unwrap_or(1),
        date_naissance: requis(naissance, debut, "dateNaissance", dans)?,
        lieu_naissance: lieu,
    })
}

fn sejour(f: &mut Flux<'_>) -> Result<Sejour, ErreurJson> {
    let p0 = objet(f, "« sejour »")?;
    let (mut id, mut debut, mut fin) = (None, None, None);
    f.membres(|f, cle, pos| {
        match cle {
            "identifiant" => id = Some(chaine_lue(f, "l'identifiant du séjour")?),
            "debut" => debut = Some(date_lue(f, "la date de début du séjour")?),
            "fin" => fin = optionnelle(f, |_, v, p| date_v(v, p, "la date de fin du séjour"))?,
            autre => return Err(inconnue(autre, pos, "« sejour »")),
        }
        Ok(())
    })?;
    Ok(Sejour {
        identifiant: requis(id, p0, "identifiant", "de « sejour »")?,
        debut: requis(debut, p0, "debut", "de « sejour »")?,
        fin,
    })
}

impl<R: RapportUsager> Collecte<R> {
    /// Lit un fichier de collecte. Une faute de forme (JSON, clé inconnue
    /// ou absente, valeur d'identité qui ne se type pas : un INS dont la
    /// clé ne correspond pas, une date inexistante…) arrête la lecture avec
    /// sa ligne:colonne, sans jamais citer la valeur ; les `donnees` de
    /// chaque personne sont lues comme celles d'un payload WS05 (une valeur
    /// du mauvais type devient un constat de [`Collecte::valider`]).
    pub fn lire(texte: &str) -> Result<Collecte<R>, ErreurLecture> {
        let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
        Collecte::lire_flux(texte).map_err(|e| ErreurLecture {
            offset: e.offset,
            position: Position::de(texte, e.offset),
            message: e.message,
        })
    }

    fn lire_flux(texte: &str) -> Result<Collecte<R>, ErreurJson> {
        let mut f = Flux::new(texte);
        let racine = objet(&mut f, "le fichier de collecte")?;
        let (mut date, mut finess, mut usagers) = (None, None, None);
        let (mut vu_campagne, mut vu_modele) = (false, false);
        let attendu = |f: &mut Flux<'_>, quoi: &str, attendu: &str| -> Result<(), ErreurJson> {
            let p = f.position()?;
            let s = chaine_lue(f, quoi)?;
            if s == attendu {
                Ok(())
            } else {
                Err(err(
                    p,
                    format!("{quoi} « {s} » alors que le modèle attend « {attendu} »"),
                ))
            }
        };
        f.membres(|f, cle, pos| {
            match cle {
                "campagne" => {
                    attendu(f, "campagne", R::CAMPAGNE)?;
                    vu_campagne = true;
                }
                "modele" => {
                    objet(f, "« modele »")?;
                    let (mut code, mut version) = (false, false);
                    f.membres(|f, cle, p| {
                        match cle {
                            "code" => {
                                attendu(f, "code du modèle", R::CODE)?;
                                code = true;
                            }
                            "version" => {
                                attendu(f, "version du modèle", R::VERSION)?;
                                version = true;
                            }
                            autre => return Err(inconnue(autre, p, "« modele »")),
                        }
                        Ok(())
                    })?;
                    requis(code.then_some(()), pos, "code", "de « modele »")?;
                    requis(version.then_some(()), pos, "version", "de « modele »")?;
                    vu_modele = true;
                }
                "dateProduction" => date = Some(date_lue(f, "« dateProduction »")?),
                "structure" => {
                    objet(f, "« structure »")?;
                    f.membres(|f, cle, p| match cle {
                        "finess" => {
                            let s = chaine_lue(f, "le numéro FINESS")?;
                            finess = Some(Finess::new(&s).map_err(|e| err(p, e.to_string()))?);
                            Ok(())
                        }
                        autre => Err(inconnue(autre, p, "« structure »")),
                    })?;
                    requis(finess.as_ref(), pos, "finess", "de « structure »")?;
                }
                "usagers" => {
                    let p = f.position()?;
                    if f.valeur()? != Brut::Tableau {
                        return Err(err(p, "« usagers » doit être un tableau"));
                    }
                    let mut l = Vec::new();
                    f.elements(|f, _| {
                        l.push(Collecte::<R>::usager(f)?);
                        Ok(())
                    })?;
                    usagers = Some(l);
                }
                autre => {
                    return Err(err(
                        pos,
                        format!("clé « {autre} » inconnue : le fichier de collecte a les clés « campagne », « modele », « dateProduction », « structure » et « usagers »"),
                    ));
                }
            }
            Ok(())
        })?;
        f.fin()?;
        let dans = "du fichier de collecte";
        requis(vu_campagne.then_some(()), racine, "campagne", dans)?;
        requis(vu_modele.then_some(()), racine, "modele", dans)?;
        Ok(Collecte {
            date_production: requis(date, racine, "dateProduction", dans)?,
            structure: Structure {
                finess: requis(finess, racine, "structure", dans)?,
            },
            usagers: requis(usagers, racine, "usagers", dans)?,
        })
    }

    fn usager(f: &mut Flux<'_>) -> Result<Usager<R>, ErreurJson> {
        let p0 = objet(f, "chaque usager")?;
        let (mut id, mut ident, mut sej, mut donnees) = (None, None, None, None);
        f.membres(|f, cle, pos| {
            match cle {
                "identifiant" => id = Some(chaine_lue(f, "l'identifiant local de l'usager")?),
                "identite" => ident = Some(identite(f)?),
                "sejour" => sej = Some(sejour(f)?),
                "donnees" => {
                    objet(f, "« donnees »")?;
                    let mut l = Lecteur::new();
                    let r = table::lire_objet::<R>(f, &Chemin::racine(), &mut l)?;
                    donnees = Some((r, l.finir()));
                }
                autre => return Err(inconnue(autre, pos, "l'usager")),
            }
            Ok(())
        })?;
        let (rapport, rejets) = requis(donnees, p0, "donnees", "de l'usager")?;
        Ok(Usager {
            personne: Personne {
                identifiant: requis(id, p0, "identifiant", "de l'usager")?,
                identite: requis(ident, p0, "identite", "de l'usager")?,
                sejour: requis(sej, p0, "sejour", "de l'usager")?,
            },
            rapport,
            rejets,
        })
    }

    /// Les constats de la collection, dans l'ordre : pour chaque personne,
    /// son identifiant local (non vide, unique), son identité, son séjour,
    /// puis les constats de son rapport ; chacun préfixé de sa place
    /// (`usagers[3].effectifs[1].etp`, `usagers[3]` pour une règle du
    /// rapport). Aucun message ne cite une valeur d'identité.
    pub fn valider(&self) -> Constats {
        let mut out = Vec::new();
        let mut vus = BTreeSet::new();
        for (i, u) in self.usagers.iter().enumerate() {
            let chemin = format!("usagers[{i}]");
            let p = &u.personne;
            super::verifier_identifiant_local(
                &p.identifiant,
                &mut vus,
                &format!("{chemin}.identifiant"),
                &mut out,
            );
            p.verifier(self.date_production, &chemin, &mut out);
            p.sejour.verifier(&format!("{chemin}.sejour"), &mut out);
            out.extend(
                u.rapport
                    .valider_avec(&u.rejets)
                    .0
                    .into_iter()
                    .map(|mut c: Constat| {
                        c.chemin = if c.chemin.is_empty() {
                            chemin.clone()
                        } else {
                            format!("{chemin}.{}", c.chemin)
                        };
                        c
                    }),
            );
        }
        Constats(out)
    }

    /// Le Bundle WS09 (JSON compact) de la collection ; `base` : la base
    /// des URL canoniques, sans `/` final ([`super::fhir::BASE_DEFAUT`]).
    /// Refusé, avec tous les constats, tant qu'un constat bloque ; les
    /// avertissements seuls ne l'arrêtent pas.
    pub fn bundle(&self, base: &str) -> Result<String, Constats> {
        self.transaction(base, None)
    }

    /// Le Bundle WS07 : par personne, son Patient et la `DocumentReference`
    /// de son document CDA R2 ([`super::cda`]), dont `logiciel` (le DUI)
    /// est l'auteur. Refusé comme [`Collecte::bundle`].
    pub fn bundle_cda(&self, base: &str, logiciel: Logiciel<'_>) -> Result<String, Constats> {
        self.transaction(base, Some(logiciel))
    }

    fn transaction(&self, base: &str, cda: Option<Logiciel<'_>>) -> Result<String, Constats> {
        let constats = self.valider();
        if !constats.valide() {
            return Err(constats);
        }
        let entete = Entete {
            campagne: R::CAMPAGNE,
            modele: R::CODE,
            version: R::VERSION,
            base,
            structure: &self.structure,
            date_production: self.date_production,
        };
        let mut b = Bundle::new(&entete);
        for (i, u) in self.usagers.iter().enumerate() {
            let rapport = |s: &mut dyn Sortie| table::parcourir(&u.rapport, s);
            match cda {
                None => b.personne(i, &u.personne, rapport),
                Some(l) => b.personne_cda(i, &u.personne, l, rapport),
            }
        }
        b.finir()
    }

    /// Le fichier de collecte (JSON compact) : à écrire lisible par son
    /// seul propriétaire (0600), il contient des données personnelles.
    pub fn ecrire(&self) -> String {
        let mut buf = String::with_capacity(1024 + 512 * self.usagers.len());
        let mut o = Objet::ouvrir(&mut buf);
        o.valeur("campagne", Some(R::CAMPAGNE));
        let mut m = Objet::ouvrir(o.cle("modele"));
        m.valeur("code", Some(R::CODE));
        m.valeur("version", Some(R::VERSION));
        m.fermer();
        o.valeur("dateProduction", Some(&self.date_production));
        let mut s = Objet::ouvrir(o.cle("structure"));
        s.valeur("finess", Some(self.structure.finess.as_str()));
        s.fermer();
        let b = o.cle("usagers");
        b.push('[');
        for (i, u) in self.usagers.iter().enumerate() {
            if i > 0 {
                b.push(',');
            }
            let p = &u.personne;
            let mut x = Objet::ouvrir(b);
            x.valeur("identifiant", Some(p.identifiant.as_str()));
            let id = &p.identite;
            let mut y = Objet::ouvrir(x.cle("identite"));
            y.valeur("statut", Some(id.statut.code()));
            if let Some(ins) = &id.ins {
                let mut z = Objet::ouvrir(y.cle("ins"));
                z.valeur("type", Some(ins.type_().code()));
                z.valeur("valeur", Some(ins.valeur()));
                z.fermer();
            }
            y.valeur("nomNaissance", Some(id.nom_naissance.as_str()));
            let l = y.cle("prenomsNaissance");
            l.push('[');
            for (k, pr) in id.prenoms_naissance.iter().enumerate() {
                if k > 0 {
                    l.push(',');
                }
                chaine(l, pr);
            }
            l.push(']');
            y.valeur("premierPrenom", Some(id.premier_prenom.as_str()));
            y.valeur("sexe", Some(id.sexe.code()));
            y.valeur("rangNaissance", Some(&id.rang_naissance));
            y.valeur("dateNaissance", Some(&id.date_naissance));
            y.valeur("lieuNaissance", id.lieu_naissance.as_deref());
            y.fermer();
            let mut z = Objet::ouvrir(x.cle("sejour"));
            z.valeur("identifiant", Some(p.sejour.identifiant.as_str()));
            z.valeur("debut", Some(&p.sejour.debut));
            z.valeur("fin", p.sejour.fin.as_ref());
            z.fermer();
            let mut d = Objet::ouvrir(x.cle("donnees"));
            table::ecrire(&u.rapport, &mut d);
            d.fermer();
            x.fermer();
        }
        b.push(']');
        o.fermer();
        buf
    }
}
