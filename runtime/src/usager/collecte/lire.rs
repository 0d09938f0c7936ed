//! La lecture des parties typées du fichier de collecte depuis le flux
//! JSON : la structure, les professionnels, l'identité, le séjour, les
//! événements et les évaluations d'une personne. Une faute de forme arrête
//! la lecture avec son décalage et ne cite jamais la valeur (ce peut être
//! une donnée personnelle).

use crate::Date;
use crate::flux::{Brut, Flux};
use crate::jeton::ErreurJson;
use crate::usager::{
    DateHeure, Evaluation, Evenement, Finess, Identite, Ins, InsInvalide, Professionnel, Reponse,
    Reponses, Rpps, Sejour, Sexe, StatutEvenement, StatutIdentite, Structure, TypeIns,
};

pub(super) fn err(offset: usize, message: impl Into<String>) -> ErreurJson {
    ErreurJson {
        offset,
        message: message.into(),
    }
}

/// Une valeur chaîne (jamais citée en retour : ce peut être une donnée
/// personnelle).
fn chaine_v(v: Brut<'_>, p: usize, quoi: &str) -> Result<String, ErreurJson> {
    match v {
        Brut::Chaine(s) => Ok(s.into_owned()),
        v => Err(err(
            p,
            format!("{quoi} doit être une chaîne, reçu {}", v.type_json()),
        )),
    }
}

pub(super) fn chaine_lue(f: &mut Flux<'_>, quoi: &str) -> Result<String, ErreurJson> {
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

/// Une date et heure avec décalage (une date seule : minuit à l'heure de
/// Paris).
pub(super) fn date_heure_lue(f: &mut Flux<'_>, quoi: &str) -> Result<DateHeure, ErreurJson> {
    let p = f.position()?;
    let v = f.valeur()?;
    chaine_v(v, p, quoi)?
        .parse()
        .map_err(|e: crate::usager::DateHeureInvalide| err(p, format!("{quoi} : {e}")))
}

/// Une valeur qui peut être `null` (absence) : `lire` reçoit les autres.
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

pub(super) fn objet(f: &mut Flux<'_>, quoi: &str) -> Result<usize, ErreurJson> {
    let p = f.position()?;
    match f.valeur()? {
        Brut::Objet => Ok(p),
        v => Err(err(
            p,
            format!("{quoi} doit être un objet, reçu {}", v.type_json()),
        )),
    }
}

/// Les éléments d'un tableau, chacun lu par `lire`.
pub(super) fn liste<T>(
    f: &mut Flux<'_>,
    quoi: &str,
    mut lire: impl FnMut(&mut Flux<'_>) -> Result<T, ErreurJson>,
) -> Result<Vec<T>, ErreurJson> {
    let p = f.position()?;
    if f.valeur()? != Brut::Tableau {
        return Err(err(p, format!("{quoi} doit être un tableau")));
    }
    let mut l = Vec::new();
    f.elements(|f, _| {
        l.push(lire(f)?);
        Ok(())
    })?;
    Ok(l)
}

pub(super) fn inconnue(cle: &str, pos: usize, dans: &str) -> ErreurJson {
    err(pos, format!("clé « {cle} » inconnue dans {dans}"))
}

pub(super) fn requis<T>(v: Option<T>, pos: usize, cle: &str, dans: &str) -> Result<T, ErreurJson> {
    v.ok_or_else(|| err(pos, format!("clé « {cle} » absente {dans}")))
}

/// Où une clé que seul le format 2 connaît a été vue la première fois (un
/// fichier au format 1 la refuse une fois le fichier entier lu : `format`
/// peut venir en dernier).
pub(super) type Format2Vu = Option<(usize, &'static str)>;

pub(super) fn structure(
    f: &mut Flux<'_>,
    format_2: &mut Format2Vu,
) -> Result<Structure, ErreurJson> {
    let debut = objet(f, "« structure »")?;
    let (mut finess, mut nom, mut categorie) = (None, None, None);
    f.membres(|f, cle, p| {
        match cle {
            "finess" => {
                let s = chaine_lue(f, "le numéro FINESS")?;
                finess = Some(Finess::new(&s).map_err(|e| err(p, e.to_string()))?);
            }
            "raisonSociale" => {
                format_2.get_or_insert((p, "raisonSociale"));
                nom = optionnelle(f, |_, v, p| chaine_v(v, p, "la raison sociale"))?
            }
            "categorie" => {
                format_2.get_or_insert((p, "categorie"));
                categorie = optionnelle(f, |_, v, p| chaine_v(v, p, "la catégorie"))?
            }
            autre => return Err(inconnue(autre, p, "« structure »")),
        }
        Ok(())
    })?;
    Ok(Structure {
        finess: requis(finess, debut, "finess", "de « structure »")?,
        raison_sociale: nom,
        categorie,
    })
}

pub(super) fn professionnel(f: &mut Flux<'_>) -> Result<Professionnel, ErreurJson> {
    let debut = objet(f, "chaque professionnel")?;
    let (mut id, mut rpps, mut nom, mut prenom, mut profession) = (None, None, None, None, None);
    f.membres(|f, cle, p| {
        match cle {
            "identifiant" => id = Some(chaine_lue(f, "l'identifiant du professionnel")?),
            "rpps" => {
                rpps = optionnelle(f, |_, v, p| {
                    let s = chaine_v(v, p, "le numéro RPPS")?;
                    Rpps::new(&s).map_err(|e| err(p, e.to_string()))
                })?
            }
            "nom" => nom = Some(chaine_lue(f, "le nom du professionnel")?),
            "prenom" => prenom = Some(chaine_lue(f, "le prénom du professionnel")?),
            "profession" => profession = optionnelle(f, |_, v, p| chaine_v(v, p, "la profession"))?,
            autre => return Err(inconnue(autre, p, "un professionnel")),
        }
        Ok(())
    })?;
    let dans = "du professionnel";
    Ok(Professionnel {
        identifiant: requis(id, debut, "identifiant", dans)?,
        rpps,
        nom: requis(nom, debut, "nom", dans)?,
        prenom: requis(prenom, debut, "prenom", dans)?,
        profession,
    })
}

pub(super) fn identite(f: &mut Flux<'_>) -> Result<Identite, ErreurJson> {
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
                prenoms = Some(liste(f, "les prénoms de naissance", |f| {
                    chaine_lue(f, "un prénom de naissance")
                })?);
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

pub(super) fn sejour(f: &mut Flux<'_>) -> Result<Sejour, ErreurJson> {
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

pub(super) fn evenement(f: &mut Flux<'_>) -> Result<Evenement, ErreurJson> {
    let p0 = objet(f, "chaque évènement")?;
    let (mut id, mut type_, mut debut, mut fin, mut statut) = (None, None, None, None, None);
    let mut professionnels = Vec::new();
    f.membres(|f, cle, pos| {
        match cle {
            "identifiant" => id = Some(chaine_lue(f, "l'identifiant de l'évènement")?),
            "type" => type_ = Some(chaine_lue(f, "le type de l'évènement")?),
            "debut" => debut = Some(date_heure_lue(f, "le début de l'évènement")?),
            "fin" => fin = Some(date_heure_lue(f, "la fin de l'évènement")?),
            "statut" => {
                statut = Some(
                    StatutEvenement::depuis_code(&chaine_lue(f, "le statut de l'évènement")?)
                        .ok_or_else(|| {
                            err(pos, "le statut d'un évènement est « PLANIFIE », « REALISE », « VALIDE » ou « ANNULE »")
                        })?,
                )
            }
            "professionnels" => {
                professionnels = liste(f, "« professionnels » de l'évènement", |f| {
                    chaine_lue(f, "un identifiant de professionnel")
                })?
            }
            autre => return Err(inconnue(autre, pos, "un évènement")),
        }
        Ok(())
    })?;
    let dans = "de l'évènement";
    Ok(Evenement {
        identifiant: requis(id, p0, "identifiant", dans)?,
        type_: requis(type_, p0, "type", dans)?,
        debut: requis(debut, p0, "debut", dans)?,
        fin: requis(fin, p0, "fin", dans)?,
        statut: requis(statut, p0, "statut", dans)?,
        professionnels,
    })
}

/// Une réponse déjà commencée (`v` lu à `p`) : un scalaire, ou
/// `{"valeur": …, "<linkId du sous-item>": …}`.
fn reponse(
    f: &mut Flux<'_>,
    v: Brut<'_>,
    p: usize,
    profondeur: usize,
) -> Result<Reponse, ErreurJson> {
    Ok(match v {
        Brut::Booleen(b) => Reponse::Booleen(b),
        Brut::Nombre(n) => Reponse::Nombre(n.to_owned()),
        Brut::Chaine(s) => Reponse::Chaine(s.into_owned()),
        // The grids nest two levels; deeper is refused before the stack is.
        Brut::Objet if profondeur < 8 => {
            let mut valeur = None;
            let items = reponses_membres(f, profondeur + 1, Some(&mut valeur))?;
            Reponse::Groupe {
                valeur: valeur.map(Box::new),
                items,
            }
        }
        v => {
            return Err(err(
                p,
                format!(
                    "une réponse est un booléen, un nombre, une chaîne ou un objet {{\"valeur\": …, sous-items…}}, reçu {}",
                    v.type_json()
                ),
            ));
        }
    })
}

/// Les réponses d'un objet par linkId ; `null` n'est pas une réponse. Avec
/// `valeur`, la clé `valeur` est la réponse propre de l'item.
fn reponses_membres(
    f: &mut Flux<'_>,
    profondeur: usize,
    mut valeur: Option<&mut Option<Reponse>>,
) -> Result<Reponses, ErreurJson> {
    let mut l = Vec::new();
    // A set, not a scan of `l`: many keys must not cost quadratic time.
    let mut vus = std::collections::BTreeSet::new();
    f.membres(|f, cle, p| {
        let pv = f.position()?;
        let v = f.valeur()?;
        if v == Brut::Null {
            return Ok(());
        }
        match (cle, valeur.as_deref_mut()) {
            ("valeur", Some(place)) => *place = Some(reponse(f, v, pv, profondeur)?),
            _ => {
                if !vus.insert(cle.to_owned()) {
                    return Err(err(p, format!("linkId « {cle} » répété dans les réponses")));
                }
                l.push((cle.to_owned(), reponse(f, v, pv, profondeur)?));
            }
        }
        Ok(())
    })?;
    Ok(Reponses(l))
}

pub(super) fn evaluation(f: &mut Flux<'_>) -> Result<Evaluation, ErreurJson> {
    let p0 = objet(f, "chaque évaluation")?;
    let (mut id, mut grille, mut date, mut evaluateur, mut evenement) =
        (None, None, None, None, None);
    let mut reponses = None;
    f.membres(|f, cle, pos| {
        match cle {
            "identifiant" => id = Some(chaine_lue(f, "l'identifiant de l'évaluation")?),
            "grille" => grille = Some(chaine_lue(f, "la grille")?),
            "date" => date = Some(date_lue(f, "la date de l'évaluation")?),
            "evaluateur" => evaluateur = Some(chaine_lue(f, "l'évaluateur")?),
            "evenement" => evenement = optionnelle(f, |_, v, p| chaine_v(v, p, "l'évènement"))?,
            "reponses" => {
                objet(f, "« reponses »")?;
                reponses = Some(reponses_membres(f, 0, None)?);
            }
            autre => return Err(inconnue(autre, pos, "une évaluation")),
        }
        Ok(())
    })?;
    let dans = "de l'évaluation";
    Ok(Evaluation {
        identifiant: requis(id, p0, "identifiant", dans)?,
        grille: requis(grille, p0, "grille", dans)?,
        date: requis(date, p0, "date", dans)?,
        evaluateur: requis(evaluateur, p0, "evaluateur", dans)?,
        evenement,
        reponses: requis(reponses, p0, "reponses", dans)?,
    })
}
