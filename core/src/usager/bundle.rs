//! `sidoba bundle` without compiling anything: the collection file read
//! and validated ([`super::collecte`]), each person's `donnees` read into
//! the model-driven validator's tree, and that tree walked in model order
//! into the runtime's WS09 writer (`sidoba::usager::fhir`) — the very
//! writer generated code feeds, so both give the same bytes.

use super::collecte;
use crate::model::{Bloc, Modele, TypeChamp};
use crate::validate::Plan;
use crate::validate::arbre::{Objet, Val};
use sidoba::__private_v1::descripteur as d;
use sidoba::__private_v1::usager::{Rendu, Sortie};
use sidoba::__private_v1::verif::Chemin;
use sidoba::usager::cda::Logiciel;
use sidoba::usager::fhir::{Bundle, Entete};
use sidoba::usager::guide::Guide;
use sidoba::{Constats, ErreurLecture};

/// Pourquoi le Bundle n'est pas produit.
#[derive(Debug)]
pub enum Refus {
    /// Le fichier de collecte n'a pas pu être lu (sa ligne:colonne).
    Lecture(ErreurLecture),
    /// Au moins un constat bloquant : tous les constats, dans l'ordre.
    Constats(Constats),
}

/// Un Bundle produit, avec les avertissements de la collection.
#[derive(Debug)]
pub struct Produit {
    /// Le Bundle (JSON compact, une ligne, sans fin de ligne).
    pub bundle: String,
    /// Des avertissements seulement (jamais un constat bloquant).
    pub constats: Constats,
}

/// Le Bundle WS09 d'un fichier de collecte (`texte`) pour un modèle de
/// niveau usager ; `base` : la base des URL canoniques, sans `/` final.
/// Avec `cda` (le logiciel auteur des documents), le Bundle WS07 : par
/// personne, son Patient et la `DocumentReference` de son document CDA.
pub fn bundle(
    m: &Modele,
    texte: &str,
    base: &str,
    cda: Option<Logiciel<'_>>,
) -> Result<Produit, Refus> {
    bundle_guide(m, texte, base, cda, sidoba::usager::guide::par_defaut())
}

/// [`bundle`] for a given version of the TDDUI guide (`--tddui`).
pub fn bundle_guide(
    m: &Modele,
    texte: &str,
    base: &str,
    cda: Option<Logiciel<'_>>,
    guide: &'static Guide,
) -> Result<Produit, Refus> {
    let lue = collecte::valider_guide(m, texte, guide).map_err(Refus::Lecture)?;
    if !lue.constats.valide() {
        return Err(Refus::Constats(lue.constats));
    }
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    // A valid collection has its structure: kept as a guard, not a panic.
    let Some(structure) = &lue.structure else {
        return Err(Refus::Constats(lue.constats));
    };
    let d = &Plan::new(m);
    {
        let entete = Entete {
            campagne: &m.campagne.id,
            modele: &m.identite.code,
            version: &m.identite.version,
            base,
            structure,
            date_production: lue.date_production,
            guide,
            professionnels: &lue.professionnels,
            declarant: lue.declarant.as_deref(),
        };
        let mut b = match cda {
            None => Bundle::new(&entete),
            Some(_) => Bundle::new_cda(&entete),
        };
        for (i, (p, place)) in lue.personnes.iter().zip(&lue.donnees).enumerate() {
            let Some(p) = p else {
                continue;
            };
            let lu = match place {
                Some(place) => {
                    let (payload, _) = collecte::payload(m, &texte[place.clone()]);
                    Some(
                        sidoba::__private_v1::lecture::lire(
                            &payload,
                            &m.campagne.id,
                            &m.identite.code,
                            &m.identite.version,
                            |f, l| d.lire_objet(0, f, &Chemin::racine(), l),
                        )
                        .map_err(Refus::Lecture)?,
                    )
                }
                None => None,
            };
            let rapport = lu
                .as_ref()
                .map(|lu| |s: &mut dyn Sortie| Marche { d }.rapport(&lu.rapport, s));
            match cda {
                None => b.personne(i, p, rapport),
                Some(l) => b.personne_cda(i, p, l, rapport),
            }
        }
        match b.finir() {
            Ok(bundle) => Ok(Produit {
                bundle,
                constats: lue.constats,
            }),
            Err(bloquants) => {
                let mut tous = lue.constats.0;
                tous.extend(bloquants.0);
                Err(Refus::Constats(Constats(tous)))
            }
        }
    }
}

/// The walk of a read report over the model's blocks.
struct Marche<'d, 't> {
    d: &'d Plan<'t>,
}

impl Marche<'_, '_> {
    fn rapport(&self, o: &Objet, s: &mut dyn Sortie) {
        for b in &self.d.modele.blocs {
            self.bloc(b, 0, o, s);
        }
    }

    /// Member `code` of an object of forme `fi`.
    fn membre<'o>(&self, fi: usize, o: &'o Objet, code: &str) -> Option<&'o Val> {
        o.valeurs.get(self.d.membre(fi, code)?)?.as_ref()
    }

    /// Block `b` at an object of forme `fi`: a group, or one per row.
    fn bloc(&self, b: &Bloc, fi: usize, o: &Objet, s: &mut dyn Sortie) {
        if !b.repetable {
            s.ouvrir(&b.code, &b.libelle);
            self.contenu(b, fi, o, s);
            s.fermer();
            return;
        }
        let Some((fl, lignes)) = self.d.table(fi, o, &b.code) else {
            return;
        };
        for (k, ligne) in lignes.iter().enumerate() {
            s.ouvrir_ligne(&b.code, &b.libelle, k);
            self.contenu(b, fl, ligne, s);
            s.fermer();
        }
    }

    /// A block's filled fields, then its sub-blocks.
    fn contenu(&self, b: &Bloc, fi: usize, o: &Objet, s: &mut dyn Sortie) {
        for c in &b.champs {
            let Some(v) = self.membre(fi, o, &c.code) else {
                continue;
            };
            self.d
                .avec_membre(fi, &c.code, |dc| champ(dc, &c.type_, v, s));
        }
        for sb in &b.blocs {
            self.bloc(sb, fi, o, s);
        }
    }
}

/// One filled field's value(s), typed as the model says.
fn champ(dc: &d::Champ<'_>, t: &TypeChamp, v: &Val, s: &mut dyn Sortie) {
    let valeurs = match &dc.genre {
        d::Genre::Code { nomenclature, .. } => nomenclature.valeurs,
        _ => &[],
    };
    match (t, v) {
        (TypeChamp::Entier { .. }, Val::Entier(x)) => s.champ(dc, Rendu::Entier(*x)),
        (TypeChamp::Decimal { .. }, Val::Decimal(x)) => s.champ(dc, Rendu::Decimal(x)),
        (TypeChamp::Texte { .. }, Val::Texte(x)) => s.champ(dc, Rendu::Texte(x)),
        (TypeChamp::Booleen, Val::Booleen(x)) => s.champ(dc, Rendu::Booleen(*x)),
        (TypeChamp::Date { .. }, Val::Date(x)) => s.champ(dc, Rendu::Date(*x)),
        (TypeChamp::Code { .. }, Val::Code(i)) => {
            if let Some(v) = valeurs.get(*i) {
                s.champ(dc, Rendu::Code(v));
            }
        }
        (TypeChamp::Code { .. }, Val::Codes(codes)) => {
            for v in codes.iter().filter_map(|i| valeurs.get(*i)) {
                s.champ(dc, Rendu::Code(v));
            }
        }
        _ => {}
    }
}
