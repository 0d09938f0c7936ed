// Evaluates FHIRPath expressions with the reference engine (npm fhirpath
// 5.x, FHIR R4 model), in one process.
// Input on stdin: [{"ressource": {...}, "expressions": ["...", ...]}, ...]
// Output on stdout: the same shape, each expression's result as an array,
// or {"erreur": message}.
'use strict';
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

let entree = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { entree += d; });
process.stdin.on('end', () => {
  const cas = JSON.parse(entree);
  const compilees = new Map();
  const sortie = cas.map(({ ressource, expressions }) => expressions.map((x) => {
    try {
      let f = compilees.get(x);
      if (!f) {
        f = fhirpath.compile(x, r4);
        compilees.set(x, f);
      }
      return f(ressource, { resource: ressource });
    } catch (e) {
      return { erreur: String(e && e.message || e) };
    }
  }));
  process.stdout.write(JSON.stringify(sortie));
});
