// @generated par sidoba — ne pas modifier à la main.

//! Modules générés par `sidoba generate`, un par modèle : tous ceux de ce dossier.

/// Évaluation AGGIR PA SSIAD : modèle tddui-questionnaire-aggir-pa-ssiad version 2.3.0 (campagne tddui-questionnaire-aggir-pa-ssiad).
pub mod tddui_questionnaire_aggir_pa_ssiad;
/// Évaluation AGGIR PH SSIAD : modèle tddui-questionnaire-aggir-ph-ssiad version 2.3.0 (campagne tddui-questionnaire-aggir-ph-ssiad).
pub mod tddui_questionnaire_aggir_ph_ssiad;
/// Évaluation SERAFIN : modèle tddui-questionnaire-serafin version 2.3.0 (campagne tddui-questionnaire-serafin).
pub mod tddui_questionnaire_serafin;
/// Évaluation de la situation SSIAD : modèle tddui-questionnaire-situation-ssiad version 2.3.0 (campagne tddui-questionnaire-situation-ssiad).
pub mod tddui_questionnaire_situation_ssiad;
