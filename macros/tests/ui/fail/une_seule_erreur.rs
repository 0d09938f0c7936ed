// One attribute mistake is one error: the derive still implements its
// traits, so the builder calls below add nothing.
use generated::rama_2025::{CategoriePersonnel, Rapport};
use sidoba::SidobaReport;

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Fiche {
    #[sidoba(chmp = "gmp")]
    gmp: Option<sidoba::Decimal>,
}

#[derive(SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "effectifs")]
struct Personnel {
    #[sidoba(champ = "categorie", ignor)]
    poste: CategoriePersonnel,
}

fn main() {
    let fiche = Fiche { gmp: None };
    let lignes = vec![Personnel { poste: CategoriePersonnel::Ide }];
    let _ = Rapport::builder().depuis(&fiche).unwrap().lignes(&lignes).unwrap().construire();
}
