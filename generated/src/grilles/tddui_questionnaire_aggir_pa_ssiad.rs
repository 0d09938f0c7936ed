// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Évaluation AGGIR PA SSIAD : modèle tddui-questionnaire-aggir-pa-ssiad version 2.3.0 (campagne tddui-questionnaire-aggir-pa-ssiad).
// SHA-256 du fichier du modèle : c7726612a7d4adb8ba4c3c03e3d663c9dc69fb2e82355e67d9527e22454610ff
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "tddui-questionnaire-aggir-pa-ssiad";
/// Code du modèle.
pub const MODELE: &str = "tddui-questionnaire-aggir-pa-ssiad";
/// Version du modèle.
pub const VERSION: &str = "2.3.0";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "c7726612a7d4adb8ba4c3c03e3d663c9dc69fb2e82355e67d9527e22454610ff";
/// Options de « Fonctions de la pensée » et de 14 autres items (nomenclature icf).
///
/// Référence : http\://hl7.org/fhir/sid/icf.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Icf {
    /// qf0 : aucun facilitateur
    Qf0,
    /// qf2 : facilitateur modéré
    Qf2,
    /// qf4 : facilitateur absolu
    Qf4,
}
/// Options de « Résultat évaluation » (nomenclature resultat-eval).
///
/// Référence : https\://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ResultatEval {
    /// MED-339 : GIR-1
    Med339,
    /// MED-340 : GIR-2
    Med340,
    /// MED-341 : GIR-3
    Med341,
    /// MED-342 : GIR-4
    Med342,
    /// MED-343 : GIR-5
    Med343,
    /// MED-344 : GIR-6
    Med344,
}
/// Rapport « Évaluation AGGIR PA SSIAD » (campagne tddui-questionnaire-aggir-pa-ssiad).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Évaluation AGGIR PA SSIAD (tddui-questionnaire-aggir-pa-ssiad)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Résultat évaluation** (resultat-eval).
    ///
    /// - Bloc : Évaluation AGGIR PA SSIAD (tddui-questionnaire-aggir-pa-ssiad).
    /// - Type : code de la nomenclature « Options de « Résultat évaluation » ».
    /// - Facultatif.
    pub resultat_eval: Option<ResultatEval>,
    /// **Fonctions de la pensée** (fonction-pensee).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub fonction_pensee: Option<Icf>,
    /// **Fonctions d'orientation** (fonction-orientation).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub fonction_orientation: Option<Icf>,
    /// **Se laver des parties du corps** (se-laver).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub se_laver: Option<Icf>,
    /// **Prendre soin des parties de son corps** (prendre-soin).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub prendre_soin: Option<Icf>,
    /// **Mettre des vêtements** (mettre-vetement).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub mettre_vetement: Option<Icf>,
    /// **Activités de motricité fine** (motricite-fine).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub motricite_fine: Option<Icf>,
    /// **Mettre des chaussures** (mettre-chaussure).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub mettre_chaussure: Option<Icf>,
    /// **Manger** (manger).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub manger: Option<Icf>,
    /// **Passage des aliments par l'estomac et les intestins** (passage-aliment).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub passage_aliment: Option<Icf>,
    /// **Assurer la régulation de la miction** (assurer-regulation-miction).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub assurer_regulation_miction: Option<Icf>,
    /// **Assurer la régulation de la défécation** (assurer-regulation-defecation).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub assurer_regulation_defecation: Option<Icf>,
    /// **Changer la position corporelle de base** (position-corps).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub position_corps: Option<Icf>,
    /// **Se déplacer dans la maison** (deplacer-maison).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub deplacer_maison: Option<Icf>,
    /// **Se déplacer en dehors de la maison et d'autres bâtiments** (deplacer-dehors).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub deplacer_dehors: Option<Icf>,
    /// **Utiliser d'autres appareils et techniques de communication précisés** (appareil-communication).
    ///
    /// - Bloc : Résultat évaluation (resultat-eval.item).
    /// - Type : code de la nomenclature « Options de « Fonctions de la pensée » et de 14 autres items ».
    /// - Facultatif.
    pub appareil_communication: Option<Icf>,
    /// **fait spontanément** (pensee-spont).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_spont: Option<bool>,
    /// **fait totalement** (pensee-tot).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_tot: Option<bool>,
    /// **fait correctement** (pensee-correct).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_correct: Option<bool>,
    /// **fait habituellement** (pensee-habit).
    ///
    /// - Bloc : Fonctions de la pensée (fonction-pensee.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub pensee_habit: Option<bool>,
    /// **fait spontanément** (orientation-spont).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_spont: Option<bool>,
    /// **fait totalement** (orientation-tot).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_tot: Option<bool>,
    /// **fait correctement** (orientation-correct).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_correct: Option<bool>,
    /// **fait habituellement** (orientation-habit).
    ///
    /// - Bloc : Fonctions d'orientation (fonction-orientation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub orientation_habit: Option<bool>,
    /// **fait spontanément** (laver-spont).
    ///
    /// - Bloc : Se laver des parties du corps (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_spont: Option<bool>,
    /// **fait totalement** (laver-tot).
    ///
    /// - Bloc : Se laver des parties du corps (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_tot: Option<bool>,
    /// **fait correctement** (laver-correct).
    ///
    /// - Bloc : Se laver des parties du corps (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_correct: Option<bool>,
    /// **fait habituellement** (laver-habit).
    ///
    /// - Bloc : Se laver des parties du corps (se-laver.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub laver_habit: Option<bool>,
    /// **fait spontanément** (prendre-soin-spont).
    ///
    /// - Bloc : Prendre soin des parties de son corps (prendre-soin.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub prendre_soin_spont: Option<bool>,
    /// **fait totalement** (prendre-soin-tot).
    ///
    /// - Bloc : Prendre soin des parties de son corps (prendre-soin.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub prendre_soin_tot: Option<bool>,
    /// **fait correctement** (prendre-soin-correct).
    ///
    /// - Bloc : Prendre soin des parties de son corps (prendre-soin.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub prendre_soin_correct: Option<bool>,
    /// **fait habituellement** (prendre-soin-habit).
    ///
    /// - Bloc : Prendre soin des parties de son corps (prendre-soin.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub prendre_soin_habit: Option<bool>,
    /// **fait spontanément** (mettre-vetement-spont).
    ///
    /// - Bloc : Mettre des vêtements (mettre-vetement.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_vetement_spont: Option<bool>,
    /// **fait totalement** (mettre-vetement-tot).
    ///
    /// - Bloc : Mettre des vêtements (mettre-vetement.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_vetement_tot: Option<bool>,
    /// **fait correctement** (mettre-vetement-correct).
    ///
    /// - Bloc : Mettre des vêtements (mettre-vetement.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_vetement_correct: Option<bool>,
    /// **fait habituellement** (mettre-vetement-habit).
    ///
    /// - Bloc : Mettre des vêtements (mettre-vetement.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_vetement_habit: Option<bool>,
    /// **fait spontanément** (motricite-fine-spont).
    ///
    /// - Bloc : Activités de motricité fine (motricite-fine.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub motricite_fine_spont: Option<bool>,
    /// **fait totalement** (motricite-fine-tot).
    ///
    /// - Bloc : Activités de motricité fine (motricite-fine.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub motricite_fine_tot: Option<bool>,
    /// **fait correctement** (motricite-fine-correct).
    ///
    /// - Bloc : Activités de motricité fine (motricite-fine.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub motricite_fine_correct: Option<bool>,
    /// **fait habituellement** (motricite-fine-habit).
    ///
    /// - Bloc : Activités de motricité fine (motricite-fine.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub motricite_fine_habit: Option<bool>,
    /// **fait spontanément** (mettre-chaussure-spont).
    ///
    /// - Bloc : Mettre des chaussures (mettre-chaussure.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_chaussure_spont: Option<bool>,
    /// **fait totalement** (mettre-chaussure-tot).
    ///
    /// - Bloc : Mettre des chaussures (mettre-chaussure.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_chaussure_tot: Option<bool>,
    /// **fait correctement** (mettre-chaussure-correct).
    ///
    /// - Bloc : Mettre des chaussures (mettre-chaussure.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_chaussure_correct: Option<bool>,
    /// **fait habituellement** (mettre-chaussure-habit).
    ///
    /// - Bloc : Mettre des chaussures (mettre-chaussure.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub mettre_chaussure_habit: Option<bool>,
    /// **fait spontanément** (manger-spont).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_spont: Option<bool>,
    /// **fait totalement** (manger-tot).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_tot: Option<bool>,
    /// **fait correctement** (manger-correct).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_correct: Option<bool>,
    /// **fait habituellement** (manger-habit).
    ///
    /// - Bloc : Manger (manger.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub manger_habit: Option<bool>,
    /// **fait spontanément** (passage-aliment-spont).
    ///
    /// - Bloc : Passage des aliments par l'estomac et les intestins (passage-aliment.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub passage_aliment_spont: Option<bool>,
    /// **fait totalement** (passage-aliment-tot).
    ///
    /// - Bloc : Passage des aliments par l'estomac et les intestins (passage-aliment.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub passage_aliment_tot: Option<bool>,
    /// **fait correctement** (passage-aliment-correct).
    ///
    /// - Bloc : Passage des aliments par l'estomac et les intestins (passage-aliment.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub passage_aliment_correct: Option<bool>,
    /// **fait habituellement** (passage-aliment-habit).
    ///
    /// - Bloc : Passage des aliments par l'estomac et les intestins (passage-aliment.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub passage_aliment_habit: Option<bool>,
    /// **fait spontanément** (miction-spont).
    ///
    /// - Bloc : Assurer la régulation de la miction (assurer-regulation-miction.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub miction_spont: Option<bool>,
    /// **fait totalement** (miction-tot).
    ///
    /// - Bloc : Assurer la régulation de la miction (assurer-regulation-miction.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub miction_tot: Option<bool>,
    /// **fait correctement** (miction-correct).
    ///
    /// - Bloc : Assurer la régulation de la miction (assurer-regulation-miction.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub miction_correct: Option<bool>,
    /// **fait habituellement** (miction-habit).
    ///
    /// - Bloc : Assurer la régulation de la miction (assurer-regulation-miction.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub miction_habit: Option<bool>,
    /// **fait spontanément** (defecation-spont).
    ///
    /// - Bloc : Assurer la régulation de la défécation (assurer-regulation-defecation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub defecation_spont: Option<bool>,
    /// **fait totalement** (defecation-tot).
    ///
    /// - Bloc : Assurer la régulation de la défécation (assurer-regulation-defecation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub defecation_tot: Option<bool>,
    /// **fait correctement** (defecation-correct).
    ///
    /// - Bloc : Assurer la régulation de la défécation (assurer-regulation-defecation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub defecation_correct: Option<bool>,
    /// **fait habituellement** (defecation-habit).
    ///
    /// - Bloc : Assurer la régulation de la défécation (assurer-regulation-defecation.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub defecation_habit: Option<bool>,
    /// **fait spontanément** (position-corps-spont).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_spont: Option<bool>,
    /// **fait totalement** (position-corps-tot).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_tot: Option<bool>,
    /// **fait correctement** (position-corps-correct).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_correct: Option<bool>,
    /// **fait habituellement** (position-corps-habit).
    ///
    /// - Bloc : Changer la position corporelle de base (position-corps.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub position_corps_habit: Option<bool>,
    /// **fait spontanément** (deplacer-maison-spont).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_spont: Option<bool>,
    /// **fait totalement** (deplacer-maison-tot).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_tot: Option<bool>,
    /// **fait correctement** (deplacer-maison-correct).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_correct: Option<bool>,
    /// **fait habituellement** (deplacer-maison-habit).
    ///
    /// - Bloc : Se déplacer dans la maison (deplacer-maison.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_maison_habit: Option<bool>,
    /// **fait spontanément** (deplacer-dehors-spont).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-dehors.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_dehors_spont: Option<bool>,
    /// **fait totalement** (deplacer-dehors-tot).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-dehors.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_dehors_tot: Option<bool>,
    /// **fait correctement** (deplacer-dehors-correct).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-dehors.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_dehors_correct: Option<bool>,
    /// **fait habituellement** (deplacer-dehors-habit).
    ///
    /// - Bloc : Se déplacer en dehors de la maison et d'autres bâtiments (deplacer-dehors.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub deplacer_dehors_habit: Option<bool>,
    /// **fait spontanément** (appareil-spont).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_spont: Option<bool>,
    /// **fait totalement** (appareil-tot).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_tot: Option<bool>,
    /// **fait correctement** (appareil-correct).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_correct: Option<bool>,
    /// **fait habituellement** (appareil-habit).
    ///
    /// - Bloc : Utiliser d'autres appareils et techniques de communication précisés (appareil-communication.item).
    /// - Type : booléen.
    /// - Facultatif.
    pub appareil_habit: Option<bool>,
}
impl Rapport {
    /// Remplit un rapport à partir de structs qui dérivent `SidobaReport`.
    pub fn builder() -> sidoba::derive::Constructeur<Rapport> {
        sidoba::derive::Constructeur::new()
    }
    /// Le payload WS05, refusé tant qu'il reste un constat bloquant
    /// (les avertissements ne bloquent pas).
    pub fn payload(&self) -> Result<String, sidoba::Constats> {
        let constats = self.valider();
        if constats.valide() {
            Ok(self.payload_sans_validation())
        } else {
            Err(constats)
        }
    }
    /// Le payload WS05 tel quel, sans le valider.
    pub fn payload_sans_validation(&self) -> String {
        __prive::ecriture::enveloppe(CAMPAGNE, MODELE, VERSION, |o| {
            __prive::table::ecrire(self, o)
        })
    }
    /// Lit un payload WS05. Les valeurs qui ne peuvent être prises
    /// (mauvais type JSON, code ou clé inconnus) sont gardées comme
    /// constats dans `rejets`, pour `valider_avec` ; seul un payload
    /// qui n'est pas du JSON ou qui est d'un autre modèle est une erreur.
    pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
        __prive::lecture::lire(payload, CAMPAGNE, MODELE, VERSION, |f, l| {
            let racine = __prive::verif::Chemin::racine();
            __prive::table::lire_objet(f, &racine, l)
        })
    }
    /// Lit un payload WS05 en refusant toute valeur qu'il ne peut prendre.
    pub fn depuis_payload(payload: &str) -> Result<Rapport, sidoba::ErreurPayload> {
        Ok(Self::lire(payload)?.strict()?)
    }
    /// Tous les constats : contraintes des champs dans l'ordre du modèle, puis les règles.
    pub fn valider(&self) -> sidoba::Constats {
        self.valider_avec(&sidoba::Rejets::default())
    }
    /// De même, avec les constats faits à la lecture d'un payload,
    /// placés là où se trouvent leurs champs.
    pub fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        let mut v = __prive::verif::Verificateur::new(rejets);
        __prive::table::verifier(self, &mut v);
        v.inconnus();
        sidoba::Constats(v.finir())
    }
    /// Lit et valide un payload, comme le fait `sidoba validate`.
    pub fn valider_payload(payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let lu = Self::lire(payload)?;
        Ok(lu.rapport.valider_avec(&lu.rejets))
    }
}

/// L'index des codes que lit `#[derive(SidobaReport)]` (chaque code connu donne le rang de son membre).
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __sidoba_index_c7726612a7d4adb8 {
    ("resultat-eval" $($f:tt)*) => {0};
    ("fonction-pensee" $($f:tt)*) => {1};
    ("fonction-orientation" $($f:tt)*) => {2};
    ("se-laver" $($f:tt)*) => {3};
    ("prendre-soin" $($f:tt)*) => {4};
    ("mettre-vetement" $($f:tt)*) => {5};
    ("motricite-fine" $($f:tt)*) => {6};
    ("mettre-chaussure" $($f:tt)*) => {7};
    ("manger" $($f:tt)*) => {8};
    ("passage-aliment" $($f:tt)*) => {9};
    ("assurer-regulation-miction" $($f:tt)*) => {10};
    ("assurer-regulation-defecation" $($f:tt)*) => {11};
    ("position-corps" $($f:tt)*) => {12};
    ("deplacer-maison" $($f:tt)*) => {13};
    ("deplacer-dehors" $($f:tt)*) => {14};
    ("appareil-communication" $($f:tt)*) => {15};
    ("pensee-spont" $($f:tt)*) => {16};
    ("pensee-tot" $($f:tt)*) => {17};
    ("pensee-correct" $($f:tt)*) => {18};
    ("pensee-habit" $($f:tt)*) => {19};
    ("orientation-spont" $($f:tt)*) => {20};
    ("orientation-tot" $($f:tt)*) => {21};
    ("orientation-correct" $($f:tt)*) => {22};
    ("orientation-habit" $($f:tt)*) => {23};
    ("laver-spont" $($f:tt)*) => {24};
    ("laver-tot" $($f:tt)*) => {25};
    ("laver-correct" $($f:tt)*) => {26};
    ("laver-habit" $($f:tt)*) => {27};
    ("prendre-soin-spont" $($f:tt)*) => {28};
    ("prendre-soin-tot" $($f:tt)*) => {29};
    ("prendre-soin-correct" $($f:tt)*) => {30};
    ("prendre-soin-habit" $($f:tt)*) => {31};
    ("mettre-vetement-spont" $($f:tt)*) => {32};
    ("mettre-vetement-tot" $($f:tt)*) => {33};
    ("mettre-vetement-correct" $($f:tt)*) => {34};
    ("mettre-vetement-habit" $($f:tt)*) => {35};
    ("motricite-fine-spont" $($f:tt)*) => {36};
    ("motricite-fine-tot" $($f:tt)*) => {37};
    ("motricite-fine-correct" $($f:tt)*) => {38};
    ("motricite-fine-habit" $($f:tt)*) => {39};
    ("mettre-chaussure-spont" $($f:tt)*) => {40};
    ("mettre-chaussure-tot" $($f:tt)*) => {41};
    ("mettre-chaussure-correct" $($f:tt)*) => {42};
    ("mettre-chaussure-habit" $($f:tt)*) => {43};
    ("manger-spont" $($f:tt)*) => {44};
    ("manger-tot" $($f:tt)*) => {45};
    ("manger-correct" $($f:tt)*) => {46};
    ("manger-habit" $($f:tt)*) => {47};
    ("passage-aliment-spont" $($f:tt)*) => {48};
    ("passage-aliment-tot" $($f:tt)*) => {49};
    ("passage-aliment-correct" $($f:tt)*) => {50};
    ("passage-aliment-habit" $($f:tt)*) => {51};
    ("miction-spont" $($f:tt)*) => {52};
    ("miction-tot" $($f:tt)*) => {53};
    ("miction-correct" $($f:tt)*) => {54};
    ("miction-habit" $($f:tt)*) => {55};
    ("defecation-spont" $($f:tt)*) => {56};
    ("defecation-tot" $($f:tt)*) => {57};
    ("defecation-correct" $($f:tt)*) => {58};
    ("defecation-habit" $($f:tt)*) => {59};
    ("position-corps-spont" $($f:tt)*) => {60};
    ("position-corps-tot" $($f:tt)*) => {61};
    ("position-corps-correct" $($f:tt)*) => {62};
    ("position-corps-habit" $($f:tt)*) => {63};
    ("deplacer-maison-spont" $($f:tt)*) => {64};
    ("deplacer-maison-tot" $($f:tt)*) => {65};
    ("deplacer-maison-correct" $($f:tt)*) => {66};
    ("deplacer-maison-habit" $($f:tt)*) => {67};
    ("deplacer-dehors-spont" $($f:tt)*) => {68};
    ("deplacer-dehors-tot" $($f:tt)*) => {69};
    ("deplacer-dehors-correct" $($f:tt)*) => {70};
    ("deplacer-dehors-habit" $($f:tt)*) => {71};
    ("appareil-spont" $($f:tt)*) => {72};
    ("appareil-tot" $($f:tt)*) => {73};
    ("appareil-correct" $($f:tt)*) => {74};
    ("appareil-habit" $($f:tt)*) => {75};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_c7726612a7d4adb8 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };

    __prive::nomenclature! {
        Icf = "icf", "Options de « Fonctions de la pensée » et de 14 autres items", 3, "http://hl7.org/fhir/sid/icf";
        Qf0 = "qf0", "aucun facilitateur", true;
        Qf2 = "qf2", "facilitateur modéré", true;
        Qf4 = "qf4", "facilitateur absolu", true;
    }

    __prive::nomenclature! {
        ResultatEval = "resultat-eval", "Options de « Résultat évaluation »", 6, "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis";
        Med339 = "MED-339", "GIR-1", true;
        Med340 = "MED-340", "GIR-2", true;
        Med341 = "MED-341", "GIR-3", true;
        Med342 = "MED-342", "GIR-4", true;
        Med343 = "MED-343", "GIR-5", true;
        Med344 = "MED-344", "GIR-6", true;
    }

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("resultat_eval", "resultat-eval", "Résultat évaluation", false, false, code::<ResultatEval>(false)),
        champ("fonction_pensee", "fonction-pensee", "Fonctions de la pensée", false, false, code::<Icf>(false)),
        champ("fonction_orientation", "fonction-orientation", "Fonctions d'orientation", false, false, code::<Icf>(false)),
        champ("se_laver", "se-laver", "Se laver des parties du corps", false, false, code::<Icf>(false)),
        champ("prendre_soin", "prendre-soin", "Prendre soin des parties de son corps", false, false, code::<Icf>(false)),
        champ("mettre_vetement", "mettre-vetement", "Mettre des vêtements", false, false, code::<Icf>(false)),
        champ("motricite_fine", "motricite-fine", "Activités de motricité fine", false, false, code::<Icf>(false)),
        champ("mettre_chaussure", "mettre-chaussure", "Mettre des chaussures", false, false, code::<Icf>(false)),
        champ("manger", "manger", "Manger", false, false, code::<Icf>(false)),
        champ("passage_aliment", "passage-aliment", "Passage des aliments par l'estomac et les intestins", false, false, code::<Icf>(false)),
        champ("assurer_regulation_miction", "assurer-regulation-miction", "Assurer la régulation de la miction", false, false, code::<Icf>(false)),
        champ("assurer_regulation_defecation", "assurer-regulation-defecation", "Assurer la régulation de la défécation", false, false, code::<Icf>(false)),
        champ("position_corps", "position-corps", "Changer la position corporelle de base", false, false, code::<Icf>(false)),
        champ("deplacer_maison", "deplacer-maison", "Se déplacer dans la maison", false, false, code::<Icf>(false)),
        champ("deplacer_dehors", "deplacer-dehors", "Se déplacer en dehors de la maison et d'autres bâtiments", false, false, code::<Icf>(false)),
        champ("appareil_communication", "appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", false, false, code::<Icf>(false)),
        champ("pensee_spont", "pensee-spont", "fait spontanément", false, false, booleen()),
        champ("pensee_tot", "pensee-tot", "fait totalement", false, false, booleen()),
        champ("pensee_correct", "pensee-correct", "fait correctement", false, false, booleen()),
        champ("pensee_habit", "pensee-habit", "fait habituellement", false, false, booleen()),
        champ("orientation_spont", "orientation-spont", "fait spontanément", false, false, booleen()),
        champ("orientation_tot", "orientation-tot", "fait totalement", false, false, booleen()),
        champ("orientation_correct", "orientation-correct", "fait correctement", false, false, booleen()),
        champ("orientation_habit", "orientation-habit", "fait habituellement", false, false, booleen()),
        champ("laver_spont", "laver-spont", "fait spontanément", false, false, booleen()),
        champ("laver_tot", "laver-tot", "fait totalement", false, false, booleen()),
        champ("laver_correct", "laver-correct", "fait correctement", false, false, booleen()),
        champ("laver_habit", "laver-habit", "fait habituellement", false, false, booleen()),
        champ("prendre_soin_spont", "prendre-soin-spont", "fait spontanément", false, false, booleen()),
        champ("prendre_soin_tot", "prendre-soin-tot", "fait totalement", false, false, booleen()),
        champ("prendre_soin_correct", "prendre-soin-correct", "fait correctement", false, false, booleen()),
        champ("prendre_soin_habit", "prendre-soin-habit", "fait habituellement", false, false, booleen()),
        champ("mettre_vetement_spont", "mettre-vetement-spont", "fait spontanément", false, false, booleen()),
        champ("mettre_vetement_tot", "mettre-vetement-tot", "fait totalement", false, false, booleen()),
        champ("mettre_vetement_correct", "mettre-vetement-correct", "fait correctement", false, false, booleen()),
        champ("mettre_vetement_habit", "mettre-vetement-habit", "fait habituellement", false, false, booleen()),
        champ("motricite_fine_spont", "motricite-fine-spont", "fait spontanément", false, false, booleen()),
        champ("motricite_fine_tot", "motricite-fine-tot", "fait totalement", false, false, booleen()),
        champ("motricite_fine_correct", "motricite-fine-correct", "fait correctement", false, false, booleen()),
        champ("motricite_fine_habit", "motricite-fine-habit", "fait habituellement", false, false, booleen()),
        champ("mettre_chaussure_spont", "mettre-chaussure-spont", "fait spontanément", false, false, booleen()),
        champ("mettre_chaussure_tot", "mettre-chaussure-tot", "fait totalement", false, false, booleen()),
        champ("mettre_chaussure_correct", "mettre-chaussure-correct", "fait correctement", false, false, booleen()),
        champ("mettre_chaussure_habit", "mettre-chaussure-habit", "fait habituellement", false, false, booleen()),
        champ("manger_spont", "manger-spont", "fait spontanément", false, false, booleen()),
        champ("manger_tot", "manger-tot", "fait totalement", false, false, booleen()),
        champ("manger_correct", "manger-correct", "fait correctement", false, false, booleen()),
        champ("manger_habit", "manger-habit", "fait habituellement", false, false, booleen()),
        champ("passage_aliment_spont", "passage-aliment-spont", "fait spontanément", false, false, booleen()),
        champ("passage_aliment_tot", "passage-aliment-tot", "fait totalement", false, false, booleen()),
        champ("passage_aliment_correct", "passage-aliment-correct", "fait correctement", false, false, booleen()),
        champ("passage_aliment_habit", "passage-aliment-habit", "fait habituellement", false, false, booleen()),
        champ("miction_spont", "miction-spont", "fait spontanément", false, false, booleen()),
        champ("miction_tot", "miction-tot", "fait totalement", false, false, booleen()),
        champ("miction_correct", "miction-correct", "fait correctement", false, false, booleen()),
        champ("miction_habit", "miction-habit", "fait habituellement", false, false, booleen()),
        champ("defecation_spont", "defecation-spont", "fait spontanément", false, false, booleen()),
        champ("defecation_tot", "defecation-tot", "fait totalement", false, false, booleen()),
        champ("defecation_correct", "defecation-correct", "fait correctement", false, false, booleen()),
        champ("defecation_habit", "defecation-habit", "fait habituellement", false, false, booleen()),
        champ("position_corps_spont", "position-corps-spont", "fait spontanément", false, false, booleen()),
        champ("position_corps_tot", "position-corps-tot", "fait totalement", false, false, booleen()),
        champ("position_corps_correct", "position-corps-correct", "fait correctement", false, false, booleen()),
        champ("position_corps_habit", "position-corps-habit", "fait habituellement", false, false, booleen()),
        champ("deplacer_maison_spont", "deplacer-maison-spont", "fait spontanément", false, false, booleen()),
        champ("deplacer_maison_tot", "deplacer-maison-tot", "fait totalement", false, false, booleen()),
        champ("deplacer_maison_correct", "deplacer-maison-correct", "fait correctement", false, false, booleen()),
        champ("deplacer_maison_habit", "deplacer-maison-habit", "fait habituellement", false, false, booleen()),
        champ("deplacer_dehors_spont", "deplacer-dehors-spont", "fait spontanément", false, false, booleen()),
        champ("deplacer_dehors_tot", "deplacer-dehors-tot", "fait totalement", false, false, booleen()),
        champ("deplacer_dehors_correct", "deplacer-dehors-correct", "fait correctement", false, false, booleen()),
        champ("deplacer_dehors_habit", "deplacer-dehors-habit", "fait habituellement", false, false, booleen()),
        champ("appareil_spont", "appareil-spont", "fait spontanément", false, false, booleen()),
        champ("appareil_tot", "appareil-tot", "fait totalement", false, false, booleen()),
        champ("appareil_correct", "appareil-correct", "fait correctement", false, false, booleen()),
        champ("appareil_habit", "appareil-habit", "fait habituellement", false, false, booleen()),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("tddui-questionnaire-aggir-pa-ssiad", "Évaluation AGGIR PA SSIAD"),
            P::Membres(1),
            P::Ouvrir("resultat-eval.item", "Résultat évaluation"),
            P::Membres(16),
            P::Ouvrir("fonction-pensee.item", "Fonctions de la pensée"),
            P::Membres(20),
            P::Fermer,
            P::Ouvrir("fonction-orientation.item", "Fonctions d'orientation"),
            P::Membres(24),
            P::Fermer,
            P::Ouvrir("se-laver.item", "Se laver des parties du corps"),
            P::Membres(28),
            P::Fermer,
            P::Ouvrir("prendre-soin.item", "Prendre soin des parties de son corps"),
            P::Membres(32),
            P::Fermer,
            P::Ouvrir("mettre-vetement.item", "Mettre des vêtements"),
            P::Membres(36),
            P::Fermer,
            P::Ouvrir("motricite-fine.item", "Activités de motricité fine"),
            P::Membres(40),
            P::Fermer,
            P::Ouvrir("mettre-chaussure.item", "Mettre des chaussures"),
            P::Membres(44),
            P::Fermer,
            P::Ouvrir("manger.item", "Manger"),
            P::Membres(48),
            P::Fermer,
            P::Ouvrir("passage-aliment.item", "Passage des aliments par l'estomac et les intestins"),
            P::Membres(52),
            P::Fermer,
            P::Ouvrir("assurer-regulation-miction.item", "Assurer la régulation de la miction"),
            P::Membres(56),
            P::Fermer,
            P::Ouvrir("assurer-regulation-defecation.item", "Assurer la régulation de la défécation"),
            P::Membres(60),
            P::Fermer,
            P::Ouvrir("position-corps.item", "Changer la position corporelle de base"),
            P::Membres(64),
            P::Fermer,
            P::Ouvrir("deplacer-maison.item", "Se déplacer dans la maison"),
            P::Membres(68),
            P::Fermer,
            P::Ouvrir("deplacer-dehors.item", "Se déplacer en dehors de la maison et d'autres bâtiments"),
            P::Membres(72),
            P::Fermer,
            P::Ouvrir("appareil-communication.item", "Utiliser d'autres appareils et techniques de communication précisés"),
            P::Membres(76),
            P::Fermer,
            P::Fermer,
            P::Fermer,
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "tddui-questionnaire-aggir-pa-ssiad 2.3.0";
        const BLOCS: &'static [&'static str] = &["tddui-questionnaire-aggir-pa-ssiad", "resultat-eval.item", "fonction-pensee.item", "fonction-orientation.item", "se-laver.item", "prendre-soin.item", "mettre-vetement.item", "motricite-fine.item", "mettre-chaussure.item", "manger.item", "passage-aliment.item", "assurer-regulation-miction.item", "assurer-regulation-defecation.item", "position-corps.item", "deplacer-maison.item", "deplacer-dehors.item", "appareil-communication.item"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<76>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("appareil-communication", 15),
            ("appareil-correct", 74),
            ("appareil-habit", 75),
            ("appareil-spont", 72),
            ("appareil-tot", 73),
            ("assurer-regulation-defecation", 11),
            ("assurer-regulation-miction", 10),
            ("defecation-correct", 58),
            ("defecation-habit", 59),
            ("defecation-spont", 56),
            ("defecation-tot", 57),
            ("deplacer-dehors", 14),
            ("deplacer-dehors-correct", 70),
            ("deplacer-dehors-habit", 71),
            ("deplacer-dehors-spont", 68),
            ("deplacer-dehors-tot", 69),
            ("deplacer-maison", 13),
            ("deplacer-maison-correct", 66),
            ("deplacer-maison-habit", 67),
            ("deplacer-maison-spont", 64),
            ("deplacer-maison-tot", 65),
            ("fonction-orientation", 2),
            ("fonction-pensee", 1),
            ("laver-correct", 26),
            ("laver-habit", 27),
            ("laver-spont", 24),
            ("laver-tot", 25),
            ("manger", 8),
            ("manger-correct", 46),
            ("manger-habit", 47),
            ("manger-spont", 44),
            ("manger-tot", 45),
            ("mettre-chaussure", 7),
            ("mettre-chaussure-correct", 42),
            ("mettre-chaussure-habit", 43),
            ("mettre-chaussure-spont", 40),
            ("mettre-chaussure-tot", 41),
            ("mettre-vetement", 5),
            ("mettre-vetement-correct", 34),
            ("mettre-vetement-habit", 35),
            ("mettre-vetement-spont", 32),
            ("mettre-vetement-tot", 33),
            ("miction-correct", 54),
            ("miction-habit", 55),
            ("miction-spont", 52),
            ("miction-tot", 53),
            ("motricite-fine", 6),
            ("motricite-fine-correct", 38),
            ("motricite-fine-habit", 39),
            ("motricite-fine-spont", 36),
            ("motricite-fine-tot", 37),
            ("orientation-correct", 22),
            ("orientation-habit", 23),
            ("orientation-spont", 20),
            ("orientation-tot", 21),
            ("passage-aliment", 9),
            ("passage-aliment-correct", 50),
            ("passage-aliment-habit", 51),
            ("passage-aliment-spont", 48),
            ("passage-aliment-tot", 49),
            ("pensee-correct", 18),
            ("pensee-habit", 19),
            ("pensee-spont", 16),
            ("pensee-tot", 17),
            ("position-corps", 12),
            ("position-corps-correct", 62),
            ("position-corps-habit", 63),
            ("position-corps-spont", 60),
            ("position-corps-tot", 61),
            ("prendre-soin", 4),
            ("prendre-soin-correct", 30),
            ("prendre-soin-habit", 31),
            ("prendre-soin-spont", 28),
            ("prendre-soin-tot", 29),
            ("resultat-eval", 0),
            ("se-laver", 3),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ resultat_eval: ResultatEval,
        1 champ fonction_pensee: Icf,
        2 champ fonction_orientation: Icf,
        3 champ se_laver: Icf,
        4 champ prendre_soin: Icf,
        5 champ mettre_vetement: Icf,
        6 champ motricite_fine: Icf,
        7 champ mettre_chaussure: Icf,
        8 champ manger: Icf,
        9 champ passage_aliment: Icf,
        10 champ assurer_regulation_miction: Icf,
        11 champ assurer_regulation_defecation: Icf,
        12 champ position_corps: Icf,
        13 champ deplacer_maison: Icf,
        14 champ deplacer_dehors: Icf,
        15 champ appareil_communication: Icf,
        16 champ pensee_spont: bool,
        17 champ pensee_tot: bool,
        18 champ pensee_correct: bool,
        19 champ pensee_habit: bool,
        20 champ orientation_spont: bool,
        21 champ orientation_tot: bool,
        22 champ orientation_correct: bool,
        23 champ orientation_habit: bool,
        24 champ laver_spont: bool,
        25 champ laver_tot: bool,
        26 champ laver_correct: bool,
        27 champ laver_habit: bool,
        28 champ prendre_soin_spont: bool,
        29 champ prendre_soin_tot: bool,
        30 champ prendre_soin_correct: bool,
        31 champ prendre_soin_habit: bool,
        32 champ mettre_vetement_spont: bool,
        33 champ mettre_vetement_tot: bool,
        34 champ mettre_vetement_correct: bool,
        35 champ mettre_vetement_habit: bool,
        36 champ motricite_fine_spont: bool,
        37 champ motricite_fine_tot: bool,
        38 champ motricite_fine_correct: bool,
        39 champ motricite_fine_habit: bool,
        40 champ mettre_chaussure_spont: bool,
        41 champ mettre_chaussure_tot: bool,
        42 champ mettre_chaussure_correct: bool,
        43 champ mettre_chaussure_habit: bool,
        44 champ manger_spont: bool,
        45 champ manger_tot: bool,
        46 champ manger_correct: bool,
        47 champ manger_habit: bool,
        48 champ passage_aliment_spont: bool,
        49 champ passage_aliment_tot: bool,
        50 champ passage_aliment_correct: bool,
        51 champ passage_aliment_habit: bool,
        52 champ miction_spont: bool,
        53 champ miction_tot: bool,
        54 champ miction_correct: bool,
        55 champ miction_habit: bool,
        56 champ defecation_spont: bool,
        57 champ defecation_tot: bool,
        58 champ defecation_correct: bool,
        59 champ defecation_habit: bool,
        60 champ position_corps_spont: bool,
        61 champ position_corps_tot: bool,
        62 champ position_corps_correct: bool,
        63 champ position_corps_habit: bool,
        64 champ deplacer_maison_spont: bool,
        65 champ deplacer_maison_tot: bool,
        66 champ deplacer_maison_correct: bool,
        67 champ deplacer_maison_habit: bool,
        68 champ deplacer_dehors_spont: bool,
        69 champ deplacer_dehors_tot: bool,
        70 champ deplacer_dehors_correct: bool,
        71 champ deplacer_dehors_habit: bool,
        72 champ appareil_spont: bool,
        73 champ appareil_tot: bool,
        74 champ appareil_correct: bool,
        75 champ appareil_habit: bool,
    }
    impl __prive::derive::Rapport for Rapport {
        fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
            Rapport::valider_avec(self, rejets)
        }
        fn payload_sans_validation(&self) -> String {
            Rapport::payload_sans_validation(self)
        }
    }
    impl sidoba::usager::RapportUsager for Rapport {
        const CAMPAGNE: &'static str = CAMPAGNE;
        const CODE: &'static str = MODELE;
        const VERSION: &'static str = VERSION;
    }
}
