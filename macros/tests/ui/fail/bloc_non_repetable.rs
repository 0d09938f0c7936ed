use generated::rama_2025::Rapport;
use sidoba::SidobaReport;

// A row struct mapped onto a block that is not repeatable.
#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "etablissement")]
struct Ligne {
    statut: u8,
}

// A table code used as a field.
#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Fiche {
    effectifs: u8,
}

// A field code used as a table.
#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "gmp")]
struct Autre {
    x: u8,
}

fn main() {}
