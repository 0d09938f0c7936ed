//! La collection typée d'une structure (`usager.md`, format 2) : le
//! fichier de collecte lu et écrit, chaque personne validée, et le Bundle
//! WS09.

mod ecrire;
mod lire;

use super::cda::Logiciel;
use super::fhir::{Bundle, Entete};
use super::guide::{self, Guide};
use super::{DateHeure, Personne, Professionnel, Sortie, Structure};
use crate::derive::modele::Rapport;
use crate::table::disposition::Structure as Table;
use crate::table::parcours as table;
use crate::flux::Flux;
use crate::jeton::ErreurJson;
use crate::lecture::Lecteur;
use crate::lu::{ErreurLecture, Rejets};
use crate::verif::Chemin;
use crate::{Constat, Constats, Position};
use lire::{chaine_lue, err, inconnue, liste, objet, requis};
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

/// Une personne de la collection et son rapport de campagne (`donnees`,
/// absent quand la campagne ne demande que des grilles). Données
/// personnelles : son `Debug` ne montre rien de l'identité.
pub struct Usager<R> {
    pub personne: Personne,
    pub rapport: Option<R>,
    /// What reading refused (a value of the wrong type), for the findings.
    rejets: Rejets,
}

impl<R> Usager<R> {
    pub fn new(personne: Personne, rapport: R) -> Usager<R> {
        Usager {
            personne,
            rapport: Some(rapport),
            rejets: Rejets::default(),
        }
    }

    /// Une personne sans rapport de campagne (ses évaluations seulement).
    pub fn sans_rapport(personne: Personne) -> Usager<R> {
        Usager {
            personne,
            rapport: None,
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

/// La collection d'une structure pour une campagne (fichier de collecte
/// format 2) : la date de production (l'`authored` du rapport de campagne,
/// la référence des dates), la structure, les professionnels nommés, le
/// déclarant, et chaque personne (identité, séjour, évènements,
/// évaluations) avec son rapport `R` (le `Rapport` généré d'un modèle de
/// niveau usager).
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
    /// 2, ou 1 pour un fichier lu sans clé `format` (écrit tel quel).
    pub format: u8,
    pub date_production: DateHeure,
    pub structure: Structure,
    pub professionnels: Vec<Professionnel>,
    /// L'identifiant local du professionnel qui répond des rapports de
    /// campagne (obligatoire dès qu'un usager a des `donnees`).
    pub declarant: Option<String>,
    pub usagers: Vec<Usager<R>>,
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
        let (mut date, mut structure, mut usagers) = (None, None, None);
        let (mut format, mut professionnels, mut declarant) = (None, None, None);
        let (mut vu_campagne, mut vu_modele) = (false, false);
        let mut format_2: lire::Format2Vu = None;
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
                "format" => {
                    let p = f.position()?;
                    format = Some(match f.valeur()? {
                        crate::flux::Brut::Nombre("2") => 2,
                        _ => {
                            return Err(err(
                                p,
                                "« format » vaut 2 (un fichier au format 1 n'a pas de clé « format »)",
                            ));
                        }
                    });
                }
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
                "dateProduction" => {
                    date = Some(lire::date_heure_lue(f, "« dateProduction »")?)
                }
                "structure" => structure = Some(lire::structure(f, &mut format_2)?),
                "professionnels" => {
                    format_2.get_or_insert((pos, "professionnels"));
                    professionnels =
                        Some(liste(f, "« professionnels »", lire::professionnel)?);
                }
                "declarant" => {
                    format_2.get_or_insert((pos, "declarant"));
                    declarant = Some(chaine_lue(f, "« declarant »")?);
                }
                "usagers" => {
                    usagers = Some(liste(f, "« usagers »", |f| {
                        Collecte::<R>::usager(f, &mut format_2)
                    })?);
                }
                autre => {
                    return Err(err(
                        pos,
                        format!("clé « {autre} » inconnue : le fichier de collecte a les clés « format », « campagne », « modele », « dateProduction », « structure », « professionnels », « declarant » et « usagers »"),
                    ));
                }
            }
            Ok(())
        })?;
        f.fin()?;
        if format.is_none()
            && let Some((p, cle)) = format_2
        {
            return Err(err(
                p,
                format!(
                    "clé « {cle} » du format 2 dans un fichier sans « format » (format 1) : ajoutez « \"format\": 2 »"
                ),
            ));
        }
        let dans = "du fichier de collecte";
        requis(vu_campagne.then_some(()), racine, "campagne", dans)?;
        requis(vu_modele.then_some(()), racine, "modele", dans)?;
        Ok(Collecte {
            format: format.unwrap_or(1),
            date_production: requis(date, racine, "dateProduction", dans)?,
            structure: requis(structure, racine, "structure", dans)?,
            professionnels: professionnels.unwrap_or_default(),
            declarant,
            usagers: requis(usagers, racine, "usagers", dans)?,
        })
    }

    fn usager(f: &mut Flux<'_>, format_2: &mut lire::Format2Vu) -> Result<Usager<R>, ErreurJson> {
        let p0 = objet(f, "chaque usager")?;
        let (mut id, mut ident, mut sej, mut donnees) = (None, None, None, None);
        let (mut evenements, mut evaluations) = (Vec::new(), Vec::new());
        f.membres(|f, cle, pos| {
            match cle {
                "identifiant" => id = Some(chaine_lue(f, "l'identifiant local de l'usager")?),
                "identite" => ident = Some(lire::identite(f)?),
                "sejour" => sej = Some(lire::sejour(f)?),
                "evenements" => {
                    format_2.get_or_insert((pos, "evenements"));
                    evenements = liste(f, "« evenements »", lire::evenement)?;
                }
                "evaluations" => {
                    format_2.get_or_insert((pos, "evaluations"));
                    evaluations = liste(f, "« evaluations »", lire::evaluation)?;
                }
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
        // Format 1 requires `donnees`; reading cannot tell the format yet,
        // so its absence is checked where the format is known (`valider`).
        let (rapport, rejets) = match donnees {
            Some((r, rejets)) => (Some(r), rejets),
            None => (None, Rejets::default()),
        };
        Ok(Usager {
            personne: Personne {
                identifiant: requis(id, p0, "identifiant", "de l'usager")?,
                identite: requis(ident, p0, "identite", "de l'usager")?,
                sejour: requis(sej, p0, "sejour", "de l'usager")?,
                evenements,
                evaluations,
            },
            rapport,
            rejets,
        })
    }

    /// Les constats de la collection (guide [`guide::VERSION_PAR_DEFAUT`]),
    /// voir [`Collecte::valider_guide`].
    pub fn valider(&self) -> Constats {
        self.valider_guide(guide::par_defaut())
    }

    /// Les constats de la collection, dans l'ordre : l'avertissement d'un
    /// fichier au format 1, la structure, les professionnels, le
    /// déclarant, puis pour chaque personne son identifiant local (non
    /// vide, unique), son identité, son séjour, ses évènements, ses
    /// évaluations et les constats de son rapport ; chacun préfixé de sa
    /// place (`usagers[3].effectifs[1].etp`, `usagers[3]` pour une règle
    /// du rapport, `professionnels[0].nom`). Aucun message ne cite une
    /// valeur d'identité ni le nom d'un professionnel.
    pub fn valider_guide(&self, guide: &Guide) -> Constats {
        let mut out = Vec::new();
        if self.format == 1 {
            out.push(super::verification::avertissement_format_1());
        }
        super::verifier_structure(self.structure.categorie.as_deref(), guide, &mut out);
        let pros = super::verifier_professionnels(&self.professionnels, &mut out);
        let avec_donnees = self.usagers.iter().any(|u| u.rapport.is_some());
        if self.format == 2 {
            super::verifier_declarant(self.declarant.as_deref(), &pros, avec_donnees, &mut out);
        }
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
            p.verifier(self.date_production.date(), &chemin, &mut out);
            p.sejour.verifier(&format!("{chemin}.sejour"), &mut out);
            let evts = super::verifier_evenements(
                &p.evenements,
                &pros,
                self.date_production,
                guide,
                &chemin,
                &mut out,
            );
            super::verifier_evaluations(
                &p.evaluations,
                &pros,
                &evts,
                self.date_production,
                guide,
                &chemin,
                &mut out,
            );
            match &u.rapport {
                Some(rapport) => out.extend(rapport.valider_avec(&u.rejets).0.into_iter().map(
                    |mut c: Constat| {
                        c.chemin = if c.chemin.is_empty() {
                            chemin.clone()
                        } else {
                            format!("{chemin}.{}", c.chemin)
                        };
                        c
                    },
                )),
                None if self.format == 1 => out.push(Constat::champ(
                    format!("{chemin}.donnees"),
                    crate::CodeConstat::Obligatoire,
                    "Les données du rapport (« donnees ») sont obligatoires au format 1.".into(),
                )),
                None => {}
            }
            // Each evaluation against its grid, after the person's other
            // findings (as the model-driven reader places them).
            for (j, e) in p.evaluations.iter().enumerate() {
                if let Some(g) = guide.grilles.grille(&e.grille) {
                    let ici = format!("{chemin}.evaluations[{j}].reponses");
                    super::parcourir_reponses(g, &e.reponses, &ici, None, &mut out);
                }
            }
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
            guide: guide::par_defaut(),
            professionnels: &self.professionnels,
            declarant: self.declarant.as_deref(),
        };
        let mut b = match cda {
            None => Bundle::new(&entete),
            Some(_) => Bundle::new_cda(&entete),
        };
        for (i, u) in self.usagers.iter().enumerate() {
            let rapport = u
                .rapport
                .as_ref()
                .map(|r| move |s: &mut dyn Sortie| table::parcourir(r, s));
            match cda {
                None => b.personne(i, &u.personne, rapport),
                Some(l) => b.personne_cda(i, &u.personne, l, rapport),
            }
        }
        b.finir()
    }
}
