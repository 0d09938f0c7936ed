// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport SSIAD 2025 : données par patient : modèle SSIAD_USAGER version 2025.1 (campagne SSIAD-USAGER-2025).
// SHA-256 du fichier du modèle : f3572cb0677e7fc3c60322744c35623d214401cd4dc20f3ae28bbf2adb772953
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "SSIAD-USAGER-2025";
/// Code du modèle.
pub const MODELE: &str = "SSIAD_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "f3572cb0677e7fc3c60322744c35623d214401cd4dc20f3ae28bbf2adb772953";
/// Groupe iso-ressources (AGGIR) (nomenclature gir).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Gir {
    /// 1 : GIR 1
    V1,
    /// 2 : GIR 2
    V2,
    /// 3 : GIR 3
    V3,
    /// 4 : GIR 4
    V4,
    /// 5 : GIR 5
    V5,
    /// 6 : GIR 6
    V6,
}
/// Type de personne accompagnée (nomenclature type_personne).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum TypePersonne {
    /// PA : Personne âgée de 60 ans ou plus
    Pa,
    /// PH : Personne en situation de handicap
    Ph,
    /// MC : Personne atteinte de maladie chronique de moins de 60 ans
    Mc,
}
/// Motif de fin de prise en charge (nomenclature motif_fin).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum MotifFin {
    /// DOMICILE : Fin des soins, maintien à domicile
    Domicile,
    /// HOSPIT : Hospitalisation de plus de 30 jours
    Hospit,
    /// EHPAD : Entrée en établissement
    Ehpad,
    /// HAD : Orientation vers l'hospitalisation à domicile
    Had,
    /// DECES : Décès
    Deces,
    /// DEMENAGEMENT : Déménagement
    Demenagement,
    /// AUTRE : Autre motif
    Autre,
    /// TRANSFERT : Transfert vers un autre SSIAD (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Transfert,
}
/// Cause d'hospitalisation (nomenclature cause_hospitalisation).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CauseHospitalisation {
    /// CHUTE : Chute ou traumatisme
    Chute,
    /// CARDIO : Pathologie cardio-vasculaire
    Cardio,
    /// INFECT : Infection
    Infect,
    /// DENUTR : Dénutrition ou déshydratation
    Denutr,
    /// PSY : Troubles psycho-comportementaux
    Psy,
    /// PROG : Hospitalisation programmée
    Prog,
    /// AUTRE : Autre cause
    Autre,
    /// INCONNUE : Cause inconnue (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Inconnue,
}
/// Rapport « Rapport SSIAD 2025 : données par patient » (campagne SSIAD-USAGER-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Situation de la personne (situation)
/// - Situations de soins (questionnaire de situation SSIAD) (situations_soins)
/// - Prise en charge dans l'année (prise_en_charge)
/// - Hospitalisations de l'année (hospitalisations) : table de lignes
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Type de personne accompagnée** (type_personne).
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : code de la nomenclature « Type de personne accompagnée ».
    /// - Obligatoire.
    pub type_personne: Option<TypePersonne>,
    /// **GIR (résultat de l'évaluation AGGIR)** (gir).
    ///
    /// Obligatoire pour une personne âgée.
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : code de la nomenclature « Groupe iso-ressources (AGGIR) ».
    /// - Facultatif.
    pub gir: Option<Gir>,
    /// **Date de l'évaluation AGGIR** (date_evaluation_aggir).
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : date, de 2020-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_evaluation_aggir: Option<sidoba::Date>,
    /// **Incontinence urinaire** (incontinence_urinaire).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub incontinence_urinaire: Option<bool>,
    /// **Incontinence fécale** (incontinence_fecale).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub incontinence_fecale: Option<bool>,
    /// **Obésité** (obesite).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub obesite: Option<bool>,
    /// **Trouble cognitif** (trouble_cognitif).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub trouble_cognitif: Option<bool>,
    /// **Trouble de la personnalité ou du comportement** (trouble_personnalite).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub trouble_personnalite: Option<bool>,
    /// **Soins infirmiers techniques** (soins_infirmiers).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub soins_infirmiers: Option<bool>,
    /// **Suivi infirmier (surveillance, éducation)** (suivi_infirmier).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub suivi_infirmier: Option<bool>,
    /// **Date de début des soins** (date_debut_soins).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : date, de 1990-01-01 à 2025-12-31.
    /// - Obligatoire.
    pub date_debut_soins: Option<sidoba::Date>,
    /// **Date de fin des soins** (date_fin_soins).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : date, de 2025-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_fin_soins: Option<sidoba::Date>,
    /// **Motif de fin de prise en charge** (motif_fin).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : code de la nomenclature « Motif de fin de prise en charge ».
    /// - Facultatif.
    pub motif_fin: Option<MotifFin>,
    /// **Passages d'infirmiers dans l'année** (nb_passages_infirmiers).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : passage.
    /// - Obligatoire.
    pub nb_passages_infirmiers: Option<u16>,
    /// **Passages d'aides-soignants dans l'année** (nb_passages_aides_soignants).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : entier, de 0 à 3000.
    /// - Unité : passage.
    /// - Obligatoire.
    pub nb_passages_aides_soignants: Option<u16>,
    /// **Durée moyenne d'un passage** (duree_moyenne_passage).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 480.
    /// - Unité : minute.
    /// - Facultatif.
    pub duree_moyenne_passage: Option<sidoba::Decimal>,
    /// **Commentaire de l'infirmier coordinateur** (commentaire).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : texte d'au plus 500 caractères.
    /// - Facultatif.
    /// - Donnée personnelle : jamais affichée par `Debug` ni dans les messages.
    pub commentaire: Option<String>,
    /// **Hospitalisations de l'année** (hospitalisations) : table de lignes.
    ///
    /// Une ligne par séjour hospitalier commencé dans l'année.
    ///
    /// Au plus 50 lignes.
    pub hospitalisations: Vec<LigneHospitalisations>,
}
/// Une ligne du bloc répétable « Hospitalisations de l'année » (hospitalisations).
///
/// Une ligne par séjour hospitalier commencé dans l'année.
#[derive(Clone, Default, PartialEq)]
pub struct LigneHospitalisations {
    /// **Date d'entrée à l'hôpital** (hospitalisation_debut).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : date, de 2025-01-01 à 2025-12-31.
    /// - Obligatoire.
    pub hospitalisation_debut: Option<sidoba::Date>,
    /// **Durée du séjour hospitalier** (hospitalisation_duree).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : entier, de 0 à 366.
    /// - Unité : jour.
    /// - Obligatoire.
    pub hospitalisation_duree: Option<u16>,
    /// **Cause de l'hospitalisation** (hospitalisation_cause).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : code de la nomenclature « Cause d'hospitalisation ».
    /// - Facultatif.
    pub hospitalisation_cause: Option<CauseHospitalisation>,
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
        __prive::table::regles(self, __sidoba::REGLES, v.sortie());
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
macro_rules! __sidoba_index_f3572cb0677e7fc3 {
    ("type_personne" $($f:tt)*) => {0};
    ("gir" $($f:tt)*) => {1};
    ("date_evaluation_aggir" $($f:tt)*) => {2};
    ("incontinence_urinaire" $($f:tt)*) => {3};
    ("incontinence_fecale" $($f:tt)*) => {4};
    ("obesite" $($f:tt)*) => {5};
    ("trouble_cognitif" $($f:tt)*) => {6};
    ("trouble_personnalite" $($f:tt)*) => {7};
    ("soins_infirmiers" $($f:tt)*) => {8};
    ("suivi_infirmier" $($f:tt)*) => {9};
    ("date_debut_soins" $($f:tt)*) => {10};
    ("date_fin_soins" $($f:tt)*) => {11};
    ("motif_fin" $($f:tt)*) => {12};
    ("nb_passages_infirmiers" $($f:tt)*) => {13};
    ("nb_passages_aides_soignants" $($f:tt)*) => {14};
    ("duree_moyenne_passage" $($f:tt)*) => {15};
    ("commentaire" $($f:tt)*) => {16};
    (bloc "hospitalisations" $($f:tt)*) => {17};
    ("hospitalisations" "hospitalisation_debut" $($f:tt)*) => {0};
    ("hospitalisations" "hospitalisation_duree" $($f:tt)*) => {1};
    ("hospitalisations" "hospitalisation_cause" $($f:tt)*) => {2};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_f3572cb0677e7fc3 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };
    // What the compiled rules read (not every model uses both).
    #[allow(unused_imports)]
    use __prive::{regle, table::lu};

    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    impl Rapport {
        /// Règle R01 : `None` quand elle ne s'applique pas.
        fn regle_1_r01(&self) -> Option<bool> {
            let v_date_fin_soins = lu(&RAPPORT[11], &self.date_fin_soins)?;
            let v_date_debut_soins = lu(&RAPPORT[10], &self.date_debut_soins)?;
            Some((v_date_fin_soins) >= (v_date_debut_soins))
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_type_personne = lu(&RAPPORT[0], &self.type_personne)?;
            Some({
                let si = (v_type_personne) == (TypePersonne::Pa);
                let alors = lu(&RAPPORT[1], &self.gir).is_some();
                !si || alors
            })
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_nb_passages_infirmiers = lu(&RAPPORT[13], &self.nb_passages_infirmiers)?;
            Some((v_nb_passages_infirmiers) >= (regle::Entier(0)))
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_nb_passages_aides_soignants = lu(
                &RAPPORT[14],
                &self.nb_passages_aides_soignants,
            )?;
            Some((v_nb_passages_aides_soignants) >= (regle::Entier(0)))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            Some({
                let mut tout = true;
                tout
                    &= {
                        let si = lu(&RAPPORT[11], &self.date_fin_soins).is_some();
                        let alors = lu(&RAPPORT[12], &self.motif_fin).is_some();
                        !si || alors
                    };
                tout
                    &= {
                        let si = lu(&RAPPORT[12], &self.motif_fin).is_some();
                        let alors = lu(&RAPPORT[11], &self.date_fin_soins).is_some();
                        !si || alors
                    };
                tout
            })
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            Some(
                (regle::somme(
                    self
                        .hospitalisations
                        .iter()
                        .filter_map(|r| lu(
                            &LIGNE_HOSPITALISATIONS[1],
                            &r.hospitalisation_duree,
                        )),
                )) <= (regle::Nombre::from(regle::Entier(366))),
            )
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self, ligne: &LigneHospitalisations) -> Option<bool> {
            let v_l_hospitalisation_debut = lu(
                &LIGNE_HOSPITALISATIONS[0],
                &ligne.hospitalisation_debut,
            )?;
            let v_date_debut_soins = lu(&RAPPORT[10], &self.date_debut_soins)?;
            Some((v_l_hospitalisation_debut) >= (v_date_debut_soins))
        }
        /// Règle R07 sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.
        fn lignes_regle_7_r07(&self, echec: &mut dyn FnMut(String)) {
            for (i0, p0) in self.hospitalisations.iter().enumerate() {
                let ligne = p0;
                let chemin = || format!("{}[{}]", "hospitalisations", i0);
                if self.regle_7_r07(ligne) == Some(false) {
                    echec(chemin());
                }
            }
        }
        /// Règle R08 : `None` quand elle ne s'applique pas.
        fn regle_8_r08(&self) -> Option<bool> {
            let v_soins_infirmiers = self.soins_infirmiers?;
            let v_nb_passages_infirmiers = lu(&RAPPORT[13], &self.nb_passages_infirmiers)?;
            let v_nb_passages_aides_soignants = lu(
                &RAPPORT[14],
                &self.nb_passages_aides_soignants,
            )?;
            Some({
                let si = (v_soins_infirmiers) == (true);
                let alors = ({
                    let mut a = regle::Nombre::from(v_nb_passages_infirmiers);
                    a = regle::plus(a, v_nb_passages_aides_soignants);
                    a
                }) > (regle::Nombre::from(regle::Entier(0)));
                !si || alors
            })
        }
        /// Règle R09 : `None` quand elle ne s'applique pas.
        fn regle_9_r09(&self) -> Option<bool> {
            Some({
                let si = (sidoba::Decimal::from(self.hospitalisations.len()))
                    > (regle::Entier(0));
                let alors = ({
                    let mut a = regle::somme(
                        self
                            .hospitalisations
                            .iter()
                            .filter_map(|r| lu(
                                &LIGNE_HOSPITALISATIONS[1],
                                &r.hospitalisation_duree,
                            )),
                    );
                    a = regle::divise(
                        a,
                        sidoba::Decimal::from(self.hospitalisations.len()),
                    )?;
                    a
                }) <= (regle::Nombre::from(regle::Entier(90)));
                !si || alors
            })
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "La date de fin des soins ne peut pas précéder leur date de début.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "Le GIR est obligatoire pour une personne âgée.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Le nombre de passages d'infirmiers ne peut pas être négatif.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "Le nombre de passages d'aides-soignants ne peut pas être négatif.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Bloquante, "Un motif de fin est attendu quand la prise en charge a pris fin, et seulement alors.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Avertissement, "Les jours d'hospitalisation dépassent l'année.", Rapport::regle_6_r06),
        regle_lignes("R07", sidoba::Severite::Avertissement, "Une hospitalisation commence avant la prise en charge.", Rapport::lignes_regle_7_r07),
        regle_rapport("R08", sidoba::Severite::Avertissement, "Des soins infirmiers sont déclarés sans aucun passage d'infirmier ni d'aide-soignant.", Rapport::regle_8_r08),
        regle_rapport("R09", sidoba::Severite::Avertissement, "La durée moyenne des hospitalisations dépasse 90 jours.", Rapport::regle_9_r09),
    ];

    __prive::nomenclature! {
        Gir = "gir", "Groupe iso-ressources (AGGIR)", 6;
        V1 = "1", "GIR 1", true;
        V2 = "2", "GIR 2", true;
        V3 = "3", "GIR 3", true;
        V4 = "4", "GIR 4", true;
        V5 = "5", "GIR 5", true;
        V6 = "6", "GIR 6", true;
    }

    __prive::nomenclature! {
        TypePersonne = "type_personne", "Type de personne accompagnée", 3;
        Pa = "PA", "Personne âgée de 60 ans ou plus", true;
        Ph = "PH", "Personne en situation de handicap", true;
        Mc = "MC", "Personne atteinte de maladie chronique de moins de 60 ans", true;
    }

    __prive::nomenclature! {
        MotifFin = "motif_fin", "Motif de fin de prise en charge", 8;
        Domicile = "DOMICILE", "Fin des soins, maintien à domicile", true;
        Hospit = "HOSPIT", "Hospitalisation de plus de 30 jours", true;
        Ehpad = "EHPAD", "Entrée en établissement", true;
        Had = "HAD", "Orientation vers l'hospitalisation à domicile", true;
        Deces = "DECES", "Décès", true;
        Demenagement = "DEMENAGEMENT", "Déménagement", true;
        Autre = "AUTRE", "Autre motif", true;
        Transfert = "TRANSFERT", "Transfert vers un autre SSIAD (ancienne valeur)", false;
    }

    __prive::nomenclature! {
        CauseHospitalisation = "cause_hospitalisation", "Cause d'hospitalisation", 8;
        Chute = "CHUTE", "Chute ou traumatisme", true;
        Cardio = "CARDIO", "Pathologie cardio-vasculaire", true;
        Infect = "INFECT", "Infection", true;
        Denutr = "DENUTR", "Dénutrition ou déshydratation", true;
        Psy = "PSY", "Troubles psycho-comportementaux", true;
        Prog = "PROG", "Hospitalisation programmée", true;
        Autre = "AUTRE", "Autre cause", true;
        Inconnue = "INCONNUE", "Cause inconnue (ancienne valeur)", false;
    }

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("type_personne", "type_personne", "Type de personne accompagnée", true, false, code::<TypePersonne>(false)),
        champ("gir", "gir", "GIR (résultat de l'évaluation AGGIR)", false, false, code::<Gir>(false)),
        champ("date_evaluation_aggir", "date_evaluation_aggir", "Date de l'évaluation AGGIR", false, false, date(Some(ymd(2020, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("incontinence_urinaire", "incontinence_urinaire", "Incontinence urinaire", true, false, booleen()),
        champ("incontinence_fecale", "incontinence_fecale", "Incontinence fécale", true, false, booleen()),
        champ("obesite", "obesite", "Obésité", true, false, booleen()),
        champ("trouble_cognitif", "trouble_cognitif", "Trouble cognitif", true, false, booleen()),
        champ("trouble_personnalite", "trouble_personnalite", "Trouble de la personnalité ou du comportement", true, false, booleen()),
        champ("soins_infirmiers", "soins_infirmiers", "Soins infirmiers techniques", true, false, booleen()),
        champ("suivi_infirmier", "suivi_infirmier", "Suivi infirmier (surveillance, éducation)", true, false, booleen()),
        champ("date_debut_soins", "date_debut_soins", "Date de début des soins", true, false, date(Some(ymd(1990, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("date_fin_soins", "date_fin_soins", "Date de fin des soins", false, false, date(Some(ymd(2025, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("motif_fin", "motif_fin", "Motif de fin de prise en charge", false, false, code::<MotifFin>(false)),
        champ("nb_passages_infirmiers", "nb_passages_infirmiers", "Passages d'infirmiers dans l'année", true, false, entier(Some(0), Some(2000))),
        champ("nb_passages_aides_soignants", "nb_passages_aides_soignants", "Passages d'aides-soignants dans l'année", true, false, entier(Some(0), Some(3000))),
        champ("duree_moyenne_passage", "duree_moyenne_passage", "Durée moyenne d'un passage", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(480, 0, 0, false, 0)))),
        champ("commentaire", "commentaire", "Commentaire de l'infirmier coordinateur", false, true, texte(None, Some(500), None)),
        lignes("hospitalisations", "hospitalisations", "Hospitalisations de l'année", None, Some(50)),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("situation", "Situation de la personne"),
            P::Membres(3),
            P::Fermer,
            P::Ouvrir("situations_soins", "Situations de soins (questionnaire de situation SSIAD)"),
            P::Membres(10),
            P::Fermer,
            P::Ouvrir("prise_en_charge", "Prise en charge dans l'année"),
            P::Membres(17),
            P::Fermer,
            P::Membres(18),
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "SSIAD_USAGER 2025.1";
        const BLOCS: &'static [&'static str] = &["situation", "situations_soins", "prise_en_charge"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<18>(Self::TRIES, &[17]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("commentaire", 16),
            ("date_debut_soins", 10),
            ("date_evaluation_aggir", 2),
            ("date_fin_soins", 11),
            ("duree_moyenne_passage", 15),
            ("gir", 1),
            ("hospitalisations", 17),
            ("incontinence_fecale", 4),
            ("incontinence_urinaire", 3),
            ("motif_fin", 12),
            ("nb_passages_aides_soignants", 14),
            ("nb_passages_infirmiers", 13),
            ("obesite", 5),
            ("soins_infirmiers", 8),
            ("suivi_infirmier", 9),
            ("trouble_cognitif", 6),
            ("trouble_personnalite", 7),
            ("type_personne", 0),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ type_personne: TypePersonne,
        1 champ gir: Gir,
        2 champ date_evaluation_aggir: sidoba::Date,
        3 champ incontinence_urinaire: bool,
        4 champ incontinence_fecale: bool,
        5 champ obesite: bool,
        6 champ trouble_cognitif: bool,
        7 champ trouble_personnalite: bool,
        8 champ soins_infirmiers: bool,
        9 champ suivi_infirmier: bool,
        10 champ date_debut_soins: sidoba::Date,
        11 champ date_fin_soins: sidoba::Date,
        12 champ motif_fin: MotifFin,
        13 champ nb_passages_infirmiers: u16,
        14 champ nb_passages_aides_soignants: u16,
        15 champ duree_moyenne_passage: sidoba::Decimal,
        16 champ commentaire: String,
        17 table hospitalisations: LigneHospitalisations,
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

    #[rustfmt::skip]
    static LIGNE_HOSPITALISATIONS: &[__prive::table::Membre<LigneHospitalisations>] = &[
        champ("hospitalisation_debut", "hospitalisation_debut", "Date d'entrée à l'hôpital", true, false, date(Some(ymd(2025, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("hospitalisation_duree", "hospitalisation_duree", "Durée du séjour hospitalier", true, false, entier(Some(0), Some(366))),
        champ("hospitalisation_cause", "hospitalisation_cause", "Cause de l'hospitalisation", false, false, code::<CauseHospitalisation>(false)),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneHospitalisations {
        const MODELE: &'static str = "SSIAD_USAGER 2025.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<3>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("hospitalisation_cause", 2),
            ("hospitalisation_debut", 0),
            ("hospitalisation_duree", 1),
        ];
    }
    __prive::structure! {
        LigneHospitalisations, LIGNE_HOSPITALISATIONS;
        0 champ hospitalisation_debut: sidoba::Date,
        1 champ hospitalisation_duree: u16,
        2 champ hospitalisation_cause: CauseHospitalisation,
    }
}
