// The example of the derive's documentation compiles as written.
use generated::rama_2025::{CategoriePersonnel, Rapport, StatutJuridique};
use sidoba::SidobaReport;

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct FicheStructure {
    statut: StatutJuridique,
    #[sidoba(champ = "nombre_de_places")]
    places_installees: u16,
    #[sidoba(champ = "gmp")]
    gir_moyen_pondere: Option<sidoba::Decimal>,
    #[sidoba(ignore)]
    id_interne: i64,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "effectifs")]
struct LignePersonnel {
    #[sidoba(champ = "categorie")]
    poste: CategoriePersonnel,
    etp: sidoba::Decimal,
}

fn main() {
    let fiche = FicheStructure { statut: StatutJuridique::Pub, places_installees: 84, gir_moyen_pondere: None, id_interne: 1 };
    let personnels = vec![LignePersonnel { poste: CategoriePersonnel::Ide, etp: sidoba::Decimal::from(6) }];
    let rapport = Rapport::builder().depuis(&fiche).unwrap().lignes(&personnels).unwrap().construire();
    let _ = rapport.payload();
    let _ = fiche.id_interne;
}
