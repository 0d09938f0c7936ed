//! La façade bloquante, pour le code de DUI qui n'est pas asynchrone :
//! chaque appel fait tourner le client asynchrone sur un moteur privé à un
//! seul fil. Pas depuis du code déjà asynchrone (tokio refuse d'y bloquer).

use crate::ModeleRecu;
use crate::config::Config;
use crate::envoi::{Envoi, Soumission};
use crate::erreur::Erreur;
use sidoba_contrat::{Accuse, Campagne, Collection, Statut, Traitement, ValidationModele};

/// Les mêmes appels que [`crate::Client`], bloquants.
#[derive(Debug)]
pub struct Client {
    rt: tokio::runtime::Runtime,
    c: crate::Client,
}

impl Client {
    pub fn new(config: Config) -> Result<Client, Erreur> {
        hors_asynchrone()?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| {
                Erreur::Configuration("le moteur d'exécution ne peut pas démarrer".into())
            })?;
        // reqwest's client must be built inside the runtime it runs on.
        let c = rt.block_on(async { crate::Client::new(config) })?;
        Ok(Client { rt, c })
    }

    pub fn depuis_environnement() -> Result<Client, Erreur> {
        Client::new(Config::depuis_environnement()?)
    }

    /// Runs `f` to completion; refused (rather than tokio's panic) from
    /// inside an async runtime.
    fn bloquer<T>(
        &self,
        f: impl std::future::Future<Output = Result<T, Erreur>>,
    ) -> Result<T, Erreur> {
        hors_asynchrone()?;
        self.rt.block_on(f)
    }

    /// Le client asynchrone sous-jacent.
    pub fn asynchrone(&self) -> &crate::Client {
        &self.c
    }

    pub fn campagnes(&self, module: Option<&str>) -> Result<Vec<Campagne>, Erreur> {
        self.bloquer(self.c.campagnes(module))
    }

    pub fn campagne(&self, id: &str) -> Result<Campagne, Erreur> {
        self.bloquer(self.c.campagne(id))
    }

    pub fn modele(&self, campagne: &str, sha256: Option<&str>) -> Result<ModeleRecu, Erreur> {
        self.bloquer(self.c.modele(campagne, sha256))
    }

    pub fn valider_modele(&self, modele: &[u8]) -> Result<ValidationModele, Erreur> {
        self.bloquer(self.c.valider_modele(modele))
    }

    pub fn ecarts(&self, ancien: &str, nouveau: &str) -> Result<String, Erreur> {
        self.bloquer(self.c.ecarts(ancien, nouveau))
    }

    pub fn soumettre(&self, s: &Soumission) -> Result<Accuse, Erreur> {
        self.bloquer(self.c.soumettre(s))
    }

    pub fn envoyer(
        &self,
        campagne: &str,
        finess: &str,
        contenu: Vec<u8>,
        forcer: bool,
    ) -> Result<Envoi, Erreur> {
        self.bloquer(self.c.envoyer(campagne, finess, contenu, forcer))
    }

    pub fn envoyer_avec_cle(
        &self,
        campagne: &str,
        finess: &str,
        contenu: Vec<u8>,
        forcer: bool,
        cle: Option<String>,
    ) -> Result<Envoi, Erreur> {
        self.bloquer(
            self.c
                .envoyer_avec_cle(campagne, finess, contenu, forcer, cle),
        )
    }

    pub fn traitement(&self, uid: &str) -> Result<Traitement, Erreur> {
        self.bloquer(self.c.traitement(uid))
    }

    pub fn suivre(&self, uid: &str, etape: impl FnMut(&Traitement)) -> Result<Traitement, Erreur> {
        self.bloquer(self.c.suivre(uid, etape))
    }

    pub fn collection(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        self.bloquer(self.c.collection(campagne, finess))
    }

    pub fn changer_statut(
        &self,
        campagne: &str,
        finess: &str,
        statut: Statut,
    ) -> Result<Collection, Erreur> {
        self.bloquer(self.c.changer_statut(campagne, finess, statut))
    }

    pub fn transmettre(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        self.bloquer(self.c.transmettre(campagne, finess))
    }

    pub fn rouvrir(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        self.bloquer(self.c.rouvrir(campagne, finess))
    }
}

fn hors_asynchrone() -> Result<(), Erreur> {
    match tokio::runtime::Handle::try_current() {
        Ok(_) => Err(Erreur::Configuration(
            "le client bloquant ne s'utilise pas depuis du code asynchrone : prenez sidoba_client::Client".into(),
        )),
        Err(_) => Ok(()),
    }
}
