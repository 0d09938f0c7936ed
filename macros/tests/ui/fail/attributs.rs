use generated::rama_2025::Rapport;
use sidoba::SidobaReport;

// Every attribute error is reported, each at its own place.
#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, blok = "effectifs")]
struct Fiche {
    #[sidoba(chmp = "gmp")]
    a: u16,
    #[sidoba(champ = "nombre_de_places")]
    b: u16,
    #[sidoba(champ = "nombre_de_places")]
    c: u16,
    #[sidoba(ignore, champ = "gmp")]
    d: u16,
}

#[derive(SidobaReport)]
struct SansRapport {
    gmp: u16,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
enum PasUneStruct {
    A,
}

fn main() {}
