//! `#[derive(SidobaReport)]` at run time: the derive.md example, conversions
//! at the edges, options, rows, conflicts, and the payload equal to a report
//! filled by hand, byte for byte.

use generated::rama_2025::{CategoriePersonnel, LigneEffectifs, Rapport, StatutJuridique};
use sidoba::{CodeConstat, Decimal, SidobaReport};

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct FicheStructure {
    statut: StatutJuridique,
    #[sidoba(champ = "nombre_de_places")]
    places_installees: i64,
    #[sidoba(champ = "gmp")]
    gir_moyen_pondere: Option<Decimal>,
    #[sidoba(ignore)]
    #[allow(dead_code)]
    id_interne: i64,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "effectifs")]
struct LignePersonnel {
    #[sidoba(champ = "categorie")]
    poste: CategoriePersonnel,
    etp: Decimal,
    #[sidoba(champ = "nb_personnes")]
    personnes: Option<u64>,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Residents<'a> {
    nb_residents: u16,
    nom_medecin_coordonnateur: &'a str,
    age_moyen: Option<Decimal>,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct AutreSourceDesPlaces {
    nombre_de_places: u8,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Signataire {
    nom_directeur: String,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Tarif {
    option_tarifaire: generated::rama_2025::OptionTarifaire,
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn fiche(places: i64) -> FicheStructure {
    FicheStructure {
        statut: StatutJuridique::Pub,
        places_installees: places,
        gir_moyen_pondere: Some(d("712.35")),
        id_interne: 9,
    }
}

fn personnels() -> Vec<LignePersonnel> {
    vec![
        LignePersonnel {
            poste: CategoriePersonnel::Ide,
            etp: d("6.5"),
            personnes: Some(8),
        },
        LignePersonnel {
            poste: CategoriePersonnel::As,
            etp: Decimal::from(21),
            personnes: None,
        },
    ]
}

#[test]
fn le_meme_payload_qu_a_la_main() {
    let rempli = Rapport::builder()
        .depuis(&fiche(84))
        .unwrap()
        .depuis(&Residents {
            nb_residents: 80,
            nom_medecin_coordonnateur: "Dr Test",
            age_moyen: None,
        })
        .unwrap()
        .lignes(&personnels())
        .unwrap()
        .construire();
    let a_la_main = Rapport {
        statut: Some(StatutJuridique::Pub),
        nombre_de_places: Some(84),
        gmp: Some(d("712.35")),
        nb_residents: Some(80),
        nom_medecin_coordonnateur: Some("Dr Test".into()),
        effectifs: vec![
            LigneEffectifs {
                categorie: Some(CategoriePersonnel::Ide),
                etp: Some(d("6.5")),
                nb_personnes: Some(8),
                ..Default::default()
            },
            LigneEffectifs {
                categorie: Some(CategoriePersonnel::As),
                etp: Some(Decimal::from(21)),
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    assert!(rempli.rejets.is_empty());
    assert_eq!(rempli.rapport, a_la_main);
    assert_eq!(
        rempli.payload_sans_validation(),
        a_la_main.payload_sans_validation()
    );
    assert_eq!(rempli.valider(), a_la_main.valider());
    // Incomplete: refused, with the same findings as the hand-filled one.
    assert_eq!(
        rempli.payload().unwrap_err(),
        a_la_main.payload().unwrap_err()
    );
}

#[test]
fn une_valeur_hors_bornes_devient_un_constat_pas_un_debordement() {
    for (places, code) in [
        (70_000i64, CodeConstat::Max),
        (2001, CodeConstat::Max),
        (-1, CodeConstat::Min),
        (i64::MIN, CodeConstat::Min),
    ] {
        let rempli = Rapport::builder()
            .depuis(&fiche(places))
            .unwrap()
            .construire();
        assert_eq!(
            rempli.nombre_de_places,
            if places == 2001 { Some(2001) } else { None },
            "{places}"
        );
        let c = rempli.valider();
        let f = c.iter().find(|c| c.chemin == "nombre_de_places").unwrap();
        assert_eq!(f.code, code, "{places}: {f}");
        assert!(!c.valide());
    }
    // The same finding as the validators give for the same value in a payload.
    let p = r#"{"campagne":"RAMA-2025","modele":{"code":"RAMA","version":"2025.1"},"donnees":{"statut":"PUB","nombre_de_places":70000,"gmp":712.35}}"#;
    let par_payload = Rapport::valider_payload(p).unwrap();
    let par_derive = Rapport::builder()
        .depuis(&fiche(70_000))
        .unwrap()
        .construire()
        .valider();
    assert_eq!(par_payload, par_derive);
}

#[test]
fn les_entiers_extremes_dans_les_lignes() {
    let lignes = [LignePersonnel {
        poste: CategoriePersonnel::Ide,
        etp: d("1"),
        personnes: Some(u64::MAX),
    }];
    let rempli = Rapport::builder().lignes(&lignes).unwrap().construire();
    let c = rempli.valider();
    let f = c
        .iter()
        .find(|c| c.chemin == "effectifs[0].nb_personnes")
        .unwrap();
    assert_eq!(f.code, CodeConstat::Max);
    assert_eq!(rempli.effectifs[0].nb_personnes, None);
    assert_eq!(rempli.effectifs[0].categorie, Some(CategoriePersonnel::Ide));
}

#[test]
fn deux_sources_pour_un_champ_sont_un_conflit() {
    let e = Rapport::builder()
        .depuis(&fiche(84))
        .unwrap()
        .depuis(&AutreSourceDesPlaces {
            nombre_de_places: 3,
        })
        .unwrap_err();
    assert_eq!(e.chemin, "nombre_de_places");
    // A table filled twice too.
    let e = Rapport::builder()
        .lignes(&personnels())
        .unwrap()
        .lignes(&personnels())
        .unwrap_err();
    assert_eq!(e.chemin, "effectifs");
    // An empty Option does not fill, so another source may.
    let sans_gmp = FicheStructure {
        gir_moyen_pondere: None,
        ..fiche(84)
    };
    let r = Rapport::builder().depuis(&sans_gmp).unwrap().construire();
    assert_eq!(r.gmp, None);
}

#[test]
fn les_membres_au_dela_du_64e_sont_suivis_a_part() {
    // `nom_directeur` is member 68 of RAMA 2025, `option_tarifaire` member
    // 4 (68 modulo 64): one does not mark the other.
    let signataire = || Signataire {
        nom_directeur: "Julien Verchère".into(),
    };
    let tarif = Tarif {
        option_tarifaire: generated::rama_2025::OptionTarifaire::Tg,
    };
    let r = Rapport::builder()
        .depuis(&signataire())
        .and_then(|b| b.depuis(&tarif))
        .unwrap()
        .construire();
    assert_eq!(r.nom_directeur.as_deref(), Some("Julien Verchère"));
    let e = Rapport::builder()
        .depuis(&tarif)
        .and_then(|b| b.depuis(&signataire()))
        .and_then(|b| b.depuis(&signataire()))
        .unwrap_err();
    assert_eq!(e.chemin, "nom_directeur");
}

#[test]
fn les_donnees_personnelles_restent_hors_de_debug() {
    let r = Rapport::builder()
        .depuis(&Residents {
            nb_residents: 1,
            nom_medecin_coordonnateur: "Dr Secret",
            age_moyen: None,
        })
        .unwrap()
        .construire();
    assert!(!format!("{:?}", r.rapport).contains("Secret"));
}

/// The index the derive reads (`Rapport!`, imported with the type): a known
/// code gives its member's index, the one the constant lookup gives; a code
/// it does not hold as that kind of member gives back what follows `else`.
#[test]
fn the_index_of_codes_agrees_with_the_constant_lookup() {
    use sidoba::__private_v1::derive::{champ, table};
    const AUTRE: usize = usize::MAX;
    assert_eq!(
        Rapport!("nombre_de_places" else AUTRE),
        champ::<Rapport>("nombre_de_places")
    );
    assert_eq!(
        Rapport!("nom_directeur" else AUTRE),
        champ::<Rapport>("nom_directeur")
    );
    assert_eq!(
        Rapport!(bloc "effectifs" else AUTRE),
        table::<Rapport>("effectifs")
    );
    assert_eq!(
        Rapport!("effectifs" "etp_vacants" else AUTRE),
        champ::<LigneEffectifs>("etp_vacants")
    );
    // Unknown, or not that kind of member: the lookup after `else`.
    assert_eq!(Rapport!("nombre_de_place" else AUTRE), AUTRE);
    assert_eq!(Rapport!("effectifs" else AUTRE), AUTRE);
    assert_eq!(Rapport!(bloc "gmp" else AUTRE), AUTRE);
    assert_eq!(Rapport!("effectifs" "gmp" else AUTRE), AUTRE);
}
