use generated::rama_2025::Rapport;
use sidoba::SidobaReport;

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Fiche {
    #[sidoba(champ = "nombre_de_place")]
    places: u16,
    nb_resident: u16,
}

fn main() {}
