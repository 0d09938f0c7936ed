// Codes that are not Rust identifiers map by their string; keywords map by
// raw identifiers; generic structs with lifetimes derive too.
use sidoba::SidobaReport;
use sidoba_tests::pieges_2025_x::Rapport;

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Pieges<'a> {
    #[sidoba(champ = "nb-places")]
    places_tiret: i32,
    #[sidoba(champ = "NB_PLACES")]
    places_majuscules: Option<i64>,
    #[sidoba(champ = "2025_total")]
    total: u8,
    #[sidoba(champ = "nb_résidents")]
    residents: u32,
    r#type: i64,
    #[sidoba(champ = "Self")]
    soi: bool,
    #[sidoba(champ = "🙂")]
    sourire: bool,
    #[sidoba(champ = "_")]
    souligne: &'a str,
}

fn main() {}
