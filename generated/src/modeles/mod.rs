// @generated par sidoba — ne pas modifier à la main.

//! Modules générés par `sidoba generate`, un par modèle : tous ceux de ce dossier.

/// Rapport d'activité des CAMSP 2025 : modèle RA_CAMSP version 2025.1 (campagne RA-CAMSP-2025).
pub mod ra_camsp_2025;
/// RA CAMSP 2025 : données par enfant : modèle RA_CAMSP_USAGER version 2025.1 (campagne RA-CAMSP-USAGER-2025).
pub mod ra_camsp_usager_2025;
/// Rapport d'activité des CMPP 2025 : modèle RA_CMPP version 2025.1 (campagne RA-CMPP-2025).
pub mod ra_cmpp_2025;
/// Rapport annuel d'activité médicale 2025 : modèle RAMA version 2025.1 (campagne RAMA-2025).
pub mod rama_2025;
/// Rapport annuel d'activité médicale 2026 : modèle RAMA version 2026.1 (campagne RAMA-2026).
pub mod rama_2026;
/// RAMA 2026 : données par résident : modèle RAMA_USAGER version 2026.1 (campagne RAMA-USAGER-2026).
pub mod rama_usager_2026;
/// Rapport d'activité des SSIAD 2025 : modèle SSIAD version 2025.1 (campagne SSIAD-2025).
pub mod ssiad_2025;
/// Rapport SSIAD 2025 : données par patient : modèle SSIAD_USAGER version 2025.1 (campagne SSIAD-USAGER-2025).
pub mod ssiad_usager_2025;
