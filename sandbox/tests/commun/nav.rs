//! A browser without a browser: the screen's pages over HTTP with the
//! session cookie, redirects not followed.

use super::{Bac, SECRET};

pub struct Nav {
    http: reqwest::Client,
    base: String,
    pub cookie: Option<String>,
}

pub struct Page {
    pub statut: u16,
    pub entetes: reqwest::header::HeaderMap,
    pub texte: String,
}

impl Page {
    pub fn entete(&self, n: &str) -> &str {
        self.entetes
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

impl Nav {
    pub fn new(bac: &Bac) -> Nav {
        Nav {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: bac.url.clone(),
            cookie: None,
        }
    }

    pub async fn requete(&self, post: Option<&str>, chemin: &str) -> Page {
        let url = format!("{}{chemin}", self.base);
        let mut r = match post {
            Some(corps) => self
                .http
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(corps.to_owned()),
            None => self.http.get(url),
        };
        if let Some(c) = &self.cookie {
            r = r.header("cookie", c.clone());
        }
        let r = r.send().await.unwrap();
        Page {
            statut: r.status().as_u16(),
            entetes: r.headers().clone(),
            texte: r.text().await.unwrap(),
        }
    }

    pub async fn get(&self, chemin: &str) -> Page {
        self.requete(None, chemin).await
    }

    pub async fn post(&self, chemin: &str, corps: &str) -> Page {
        self.requete(Some(corps), chemin).await
    }

    pub async fn connecter(&mut self, compte: &str) -> Page {
        let p = self
            .post(
                "/connexion",
                &format!("client_id={compte}&client_secret={SECRET}"),
            )
            .await;
        assert_eq!(p.statut, 303, "{}", p.texte);
        let c = p.entete("set-cookie").split(';').next().unwrap().to_owned();
        self.cookie = Some(c);
        p
    }

    /// The CSRF token of the session's pages.
    pub async fn csrf(&self) -> String {
        let p = self.get("/").await;
        let i = p.texte.find("name=\"csrf\" value=\"").unwrap() + 19;
        p.texte[i..i + 64].to_owned()
    }
}
