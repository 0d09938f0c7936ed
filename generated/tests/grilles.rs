//! Le code généré d'une grille du guide TDDUI la remplit : AGGIR PA rempli
//! en Rust donne les `reponses` d'une évaluation (fichier de collecte,
//! format 2), que la grille intégrée accepte.
//!
//! `donnees/aggir-pa-reponses.json` : les réponses de l'exemple du guide
//! (`QuestionnaireResponse/tddui-questionnaire-response-aggir-pa-example`,
//! copié dans `core/tests/tddui/`), écrites en `reponses`.

use generated::grilles::tddui_questionnaire_aggir_pa_ssiad::{Icf, Rapport, ResultatEval};
use serde_json::Value;
use sidoba_core::grilles::{
    donnees_depuis_reponses, grille, reponses_depuis_donnees, valider_reponses,
};

const PA: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad";
const EXEMPLE: &str = include_str!("donnees/aggir-pa-reponses.json");

/// Une variable AGGIR : sa modalité et ses quatre adverbes (spontanément,
/// totalement, correctement, habituellement).
macro_rules! variable {
    ($r:ident . $v:ident = $m:ident, [$s:ident, $t:ident, $c:ident, $h:ident] = [$a:expr, $b:expr, $d:expr, $e:expr]) => {
        $r.$v = Some(Icf::$m);
        $r.$s = Some($a);
        $r.$t = Some($b);
        $r.$c = Some($d);
        $r.$h = Some($e);
    };
}

/// L'évaluation de l'exemple du guide (GIR 2).
fn exemple_du_guide() -> Rapport {
    let mut r = Rapport {
        resultat_eval: Some(ResultatEval::Med340),
        ..Rapport::default()
    };
    let (oui, non) = (true, false);
    variable!(
        r.fonction_pensee = Qf0,
        [pensee_spont, pensee_tot, pensee_correct, pensee_habit] = [oui, oui, oui, oui]
    );
    variable!(
        r.fonction_orientation = Qf0,
        [
            orientation_spont,
            orientation_tot,
            orientation_correct,
            orientation_habit
        ] = [oui, oui, oui, oui]
    );
    variable!(
        r.se_laver = Qf4,
        [laver_spont, laver_tot, laver_correct, laver_habit] = [non, non, non, non]
    );
    variable!(
        r.prendre_soin = Qf4,
        [
            prendre_soin_spont,
            prendre_soin_tot,
            prendre_soin_correct,
            prendre_soin_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.mettre_vetement = Qf4,
        [
            mettre_vetement_spont,
            mettre_vetement_tot,
            mettre_vetement_correct,
            mettre_vetement_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.motricite_fine = Qf2,
        [
            motricite_fine_spont,
            motricite_fine_tot,
            motricite_fine_correct,
            motricite_fine_habit
        ] = [oui, non, oui, oui]
    );
    variable!(
        r.mettre_chaussure = Qf4,
        [
            mettre_chaussure_spont,
            mettre_chaussure_tot,
            mettre_chaussure_correct,
            mettre_chaussure_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.manger = Qf2,
        [manger_spont, manger_tot, manger_correct, manger_habit] = [oui, non, oui, oui]
    );
    variable!(
        r.passage_aliment = Qf0,
        [
            passage_aliment_spont,
            passage_aliment_tot,
            passage_aliment_correct,
            passage_aliment_habit
        ] = [oui, oui, oui, oui]
    );
    variable!(
        r.assurer_regulation_miction = Qf2,
        [miction_spont, miction_tot, miction_correct, miction_habit] = [oui, non, oui, oui]
    );
    variable!(
        r.assurer_regulation_defecation = Qf2,
        [
            defecation_spont,
            defecation_tot,
            defecation_correct,
            defecation_habit
        ] = [oui, non, oui, oui]
    );
    variable!(
        r.position_corps = Qf4,
        [
            position_corps_spont,
            position_corps_tot,
            position_corps_correct,
            position_corps_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.deplacer_maison = Qf4,
        [
            deplacer_maison_spont,
            deplacer_maison_tot,
            deplacer_maison_correct,
            deplacer_maison_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.deplacer_dehors = Qf4,
        [
            deplacer_dehors_spont,
            deplacer_dehors_tot,
            deplacer_dehors_correct,
            deplacer_dehors_habit
        ] = [non, non, non, non]
    );
    variable!(
        r.appareil_communication = Qf0,
        [
            appareil_spont,
            appareil_tot,
            appareil_correct,
            appareil_habit
        ] = [oui, oui, oui, oui]
    );
    r
}

fn donnees(r: &Rapport) -> Value {
    let payload: Value = serde_json::from_str(&r.payload().expect("payload")).unwrap();
    payload["donnees"].clone()
}

#[test]
fn aggir_pa_filled_in_rust_gives_the_guides_answers() {
    let g = grille("2.3.0", PA).unwrap();
    let reponses = reponses_depuis_donnees(&g.modele, &donnees(&exemple_du_guide()));
    let attendu: Value = serde_json::from_str(EXEMPLE).unwrap();
    assert_eq!(reponses, attendu);
    assert!(valider_reponses(g, &reponses, "reponses").is_empty());
}

#[test]
fn the_answers_read_back_into_the_generated_report() {
    let g = grille("2.3.0", PA).unwrap();
    let attendu: Value = serde_json::from_str(EXEMPLE).unwrap();
    let plat = donnees_depuis_reponses(&g.modele, &attendu);
    let payload = serde_json::json!({
        "campagne": generated::grilles::tddui_questionnaire_aggir_pa_ssiad::CAMPAGNE,
        "modele": { "code": generated::grilles::tddui_questionnaire_aggir_pa_ssiad::MODELE,
                    "version": generated::grilles::tddui_questionnaire_aggir_pa_ssiad::VERSION },
        "donnees": plat,
    });
    let r = Rapport::depuis_payload(&payload.to_string()).expect("lu");
    assert!(r == exemple_du_guide());
}

#[test]
fn a_partly_filled_aggir_is_refused_with_what_is_missing() {
    let g = grille("2.3.0", PA).unwrap();
    let mut r = exemple_du_guide();
    r.resultat_eval = None;
    r.manger_habit = None;
    let reponses = reponses_depuis_donnees(&g.modele, &donnees(&r));
    let chemins: Vec<String> = valider_reponses(g, &reponses, "reponses")
        .into_iter()
        .map(|c| c.chemin)
        .collect();
    assert_eq!(
        chemins,
        [
            "reponses.resultat-eval.valeur",
            "reponses.resultat-eval.manger.manger-habit"
        ]
    );
}
