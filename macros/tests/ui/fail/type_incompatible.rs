use generated::rama_2025::{CategorieEtablissement, Rapport};
use sidoba::SidobaReport;

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Fiche {
    // Text into an integer.
    #[sidoba(champ = "nombre_de_places")]
    places: String,
    // A float into a decimal.
    gmp: f64,
    // A code of another list.
    #[sidoba(champ = "statut")]
    statut: CategorieEtablissement,
}

fn main() {}
