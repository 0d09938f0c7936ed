//! The WS07 DocumentReference (`sidoba::usager::cda`) passes both
//! independent FHIR R4 validators, for a qualified identity and a
//! provisional one with hostile values.

// Only the validators are used here, not the FHIRPath engine.
#[allow(dead_code)]
mod noeud;

use sidoba::__private_v1::descripteur::{Champ, Genre};
use sidoba::__private_v1::usager::Rendu;
use sidoba::Date;
use sidoba::usager::cda::{Contexte, Logiciel, document};
use sidoba::usager::{
    Finess, Identite, Ins, Personne, Sejour, Sexe, StatutIdentite, Structure, TypeIns,
};

static NOTE: Champ<'static> = Champ {
    code: "note",
    libelle: "Note « libre »",
    obligatoire: false,
    personnel: true,
    genre: Genre::Texte {
        longueur_min: None,
        longueur_max: None,
        motif: None,
    },
};

fn personne(qualifiee: bool) -> Personne {
    Personne {
        identifiant: "L\"1/é".into(),
        identite: Identite {
            statut: if qualifiee {
                StatutIdentite::Qualifiee
            } else {
                StatutIdentite::Provisoire
            },
            ins: qualifiee.then(|| Ins::new(TypeIns::Nir, "237047505612346").unwrap()),
            nom_naissance: "O'NEIL <&>".into(),
            prenoms_naissance: vec!["ÉLODIE".into()],
            premier_prenom: "ÉLODIE".into(),
            sexe: Sexe::Feminin,
            rang_naissance: 1,
            date_naissance: Date::ymd(1937, 4, 12),
            lieu_naissance: None,
        },
        sejour: Sejour {
            identifiant: "S".into(),
            debut: Date::ymd(2025, 1, 3),
            fin: None,
        },
        evenements: vec![],
        evaluations: vec![],
    }
}

#[test]
fn document_references_pass_both_fhir_validators() {
    let mut structure = Structure::new(Finess::new("010000008").unwrap());
    structure.raison_sociale = Some("SSIAD « Les Tilleuls »".into());
    structure.categorie = Some("354".into());
    let d = tempfile::tempdir().unwrap();
    let mut fichiers = Vec::new();
    for qualifiee in [true, false] {
        let p = personne(qualifiee);
        let c = Contexte {
            campagne: "SSIAD-USAGER-2025",
            modele_code: "SSIAD_USAGER",
            modele_version: "2025.1",
            date_production: "2026-01-15T10:30:00+01:00".parse().unwrap(),
            structure: &structure,
            guide: sidoba::usager::guide::par_defaut(),
            professionnels: &[],
            declarant: None,
            personne: &p,
            logiciel: Logiciel {
                nom: "Mon \"DUI\"",
                version: "1.0",
            },
            patient: "urn:uuid:3f2c1e4a-0000-5000-8000-000000000001",
            base: "https://sidoba.invalid/fhir",
        };
        let doc = document(&c, |s| s.champ(&NOTE, Rendu::Texte("<&>\"\\\r\n]]>"))).unwrap();
        let f = d.path().join(format!("dr-{qualifiee}.json"));
        std::fs::write(&f, doc.document_reference).unwrap();
        fichiers.push(f);
    }
    // So that the test cannot pass with validators that accept all: a
    // DocumentReference with an unknown status and an unknown element.
    let texte = std::fs::read_to_string(&fichiers[0]).unwrap();
    let casse = texte.replacen(
        "\"status\":\"current\"",
        "\"status\":\"courant\",\"inconnu\":1",
        1,
    );
    assert_ne!(casse, texte);
    let f = d.path().join("casse.json");
    std::fs::write(&f, casse).unwrap();
    fichiers.push(f);
    let mut rapports = noeud::valider(&fichiers);
    assert_eq!(rapports.len(), 3);
    let (_, fhir, schema) = rapports.pop().unwrap();
    assert!(
        !fhir.is_empty() && !schema.is_empty(),
        "{fhir:?} {schema:?}"
    );
    for (f, fhir, schema) in rapports {
        assert!(
            fhir.is_empty() && schema.is_empty(),
            "{f}:\n{fhir:#?}\n{schema:#?}"
        );
    }
}
