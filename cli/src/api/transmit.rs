//! `sidoba transmit CAMPAIGN FINESS`: WS08 `transmise`.

use super::Format;
use crate::Statut;
use std::io::{self, Write};

pub fn executer(
    out: &mut dyn Write,
    campagne: &str,
    finess: &str,
    format: Format,
) -> io::Result<Statut> {
    super::avec_client(
        out,
        format,
        |c| c.transmettre(campagne, finess),
        |out, coll| super::collection(out, format, &coll),
    )
}
