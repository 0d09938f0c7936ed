// @generated par sidoba — ne pas modifier à la main.

//! Modules générés par `sidoba generate`, un par modèle.

/// Rapport d'activité des CAMSP 2025.
pub mod ra_camsp_2025;
/// Rapport d'activité des CMPP 2025.
pub mod ra_cmpp_2025;
/// Rapport annuel d'activité médicale 2025.
pub mod rama_2025;
/// Rapport annuel d'activité médicale 2026.
pub mod rama_2026;
/// Rapport d'activité des SSIAD 2025.
pub mod ssiad_2025;
