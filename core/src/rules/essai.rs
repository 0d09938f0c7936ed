//! A test model with every kind of field, nested blocks and nested tables,
//! shared by the tests of the rules module.

use crate::model::{Lieu, Modele, Regle, Source, charger};

/// The test model, without rules (so that it loads whatever the rules
/// checks of model loading become).
pub(super) const MODELE: &str = r#"{
  "campagne": { "id": "T-2025", "libelle": "Essai", "module": "RAMA" },
  "modele": { "code": "T", "version": "1", "niveau": "structure" },
  "nomenclatures": [
    { "code": "statut_juridique", "libelle": "Statut",
      "valeurs": [ { "code": "PUB", "libelle": "Public" }, { "code": "PNL", "libelle": "Privé non lucratif" },
                   { "code": "PCO", "libelle": "Privé commercial", "actif": false } ] },
    { "code": "autre", "libelle": "Autre", "valeurs": [ { "code": "PUB", "libelle": "P" } ] },
    { "code": "actions", "libelle": "Actions",
      "valeurs": [ { "code": "VACC_GRIPPE", "libelle": "V" }, { "code": "PLAN_BLEU", "libelle": "P" } ] },
    { "code": "categorie", "libelle": "Catégorie",
      "valeurs": [ { "code": "IDE", "libelle": "I" }, { "code": "AS", "libelle": "A" } ] }
  ],
  "blocs": [
    { "code": "etablissement", "libelle": "Établissement",
      "champs": [
        { "code": "statut", "libelle": "Statut", "type": "code", "nomenclature": "statut_juridique" },
        { "code": "statut_bis", "libelle": "Statut bis", "type": "code", "nomenclature": "statut_juridique" },
        { "code": "autre_code", "libelle": "Autre", "type": "code", "nomenclature": "autre" },
        { "code": "nb_places", "libelle": "Places", "type": "entier" },
        { "code": "nb_residents", "libelle": "Résidents", "type": "entier" },
        { "code": "gmp", "libelle": "GMP", "type": "decimal", "decimales": 2 },
        { "code": "pasa", "libelle": "PASA", "type": "booleen" },
        { "code": "uhr", "libelle": "UHR", "type": "booleen" },
        { "code": "nom", "libelle": "Nom", "type": "texte" },
        { "code": "nom_bis", "libelle": "Nom bis", "type": "texte" },
        { "code": "date_avis", "libelle": "Avis", "type": "date" },
        { "code": "date_signature", "libelle": "Signature", "type": "date" },
        { "code": "actions", "libelle": "Actions", "type": "code", "nomenclature": "actions", "multiple": true },
        { "code": "nombre-de-lits", "libelle": "Lits", "type": "entier" },
        { "code": "somme", "libelle": "Un code qui est un mot-clé", "type": "entier" }
      ] },
    { "code": "effectifs", "libelle": "Effectifs", "repetable": true,
      "champs": [
        { "code": "categorie", "libelle": "Catégorie", "type": "code", "nomenclature": "categorie" },
        { "code": "etp", "libelle": "ETP", "type": "decimal", "decimales": 2 },
        { "code": "nb_personnes", "libelle": "Personnes", "type": "entier" },
        { "code": "libelle_poste", "libelle": "Poste", "type": "texte" }
      ],
      "blocs": [
        { "code": "detail", "libelle": "Détail",
          "champs": [ { "code": "etp_vacants", "libelle": "Vacants", "type": "decimal", "decimales": 2 } ] },
        { "code": "formations", "libelle": "Formations", "repetable": true,
          "champs": [ { "code": "heures", "libelle": "Heures", "type": "decimal", "decimales": 1 } ] }
      ] },
    { "code": "conventions", "libelle": "Conventions", "repetable": true,
      "champs": [ { "code": "nb_had", "libelle": "HAD", "type": "entier" } ] },
    { "code": "ateliers", "libelle": "Ateliers",
      "blocs": [
        { "code": "seances", "libelle": "Séances", "repetable": true,
          "champs": [ { "code": "participants", "libelle": "Participants", "type": "entier" } ],
          "blocs": [
            { "code": "intervenants", "libelle": "Intervenants", "repetable": true,
              "champs": [ { "code": "duree", "libelle": "Durée", "type": "decimal", "decimales": 1 } ] }
          ] }
      ] }
  ]
}"#;

pub(super) fn modele() -> Modele {
    let source = Source::depuis_octets("essai.json", MODELE.as_bytes().to_vec()).expect("UTF-8");
    match charger(&source, true) {
        Ok((m, _)) => m,
        Err(d) => panic!("test model: {d:?}"),
    }
}

/// A rule of the test model.
pub(super) fn regle(expression: &str, bloc: Option<&str>) -> Regle<crate::model::NonTypee> {
    Regle {
        code: "R".into(),
        libelle: None,
        message: "m".into(),
        severite: sidoba::Severite::Bloquante,
        expression: expression.into(),
        bloc: bloc.map(str::to_owned),
        lieu: Lieu::default(),
        debut_expression: 0,
        typee: crate::model::NonTypee,
    }
}
