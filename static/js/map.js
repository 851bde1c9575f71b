// The province map: outlines from static/geo/provinces.json (scripts/build_province_shapes.py),
// names, links and counts from the page (#map-data), shaded in the five levels of the
// server-drawn dot map (reporting/charts.py map_svg), which stays in place if this fails.
(function () {
  "use strict";
  var box = document.getElementById("province-map");
  if (!box || !window.fetch) return;
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var text = JSON.parse(document.getElementById("map-text").textContent);
  var hover = box.querySelector(".map-hover");

  function el(name, attrs, content) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function legend(ranges, x, y) {
    // The count each colour stands for: [level, low, high] from the page (charts.legend_ranges).
    var g = el("g", { class: "legend" });
    g.appendChild(el("text", { x: x, y: y - 10 }, text.legend));
    ranges.forEach(function (r, i) {
      g.appendChild(el("rect", { class: "level-" + r[0], x: x, y: y + 16 * i, width: 12, height: 12 }));
      g.appendChild(el("text", { x: x + 18, y: y + 16 * i + 10 }, r[1] === r[2] ? String(r[1]) : r[1] + "–" + r[2]));
    });
    return g;
  }

  function show(unit) {
    if (hover) hover.textContent = unit ? unit.name + ": " + unit.n + " " + text.activities : "";
  }

  function draw(geo) {
    var svg = el("svg", { id: "shape-map", class: "map shapes", viewBox: geo.viewBox, role: "img", "aria-label": text.label });
    geo[data.era].forEach(function (shape) {
      var unit = data.units[shape.code];
      if (!unit) return;
      var link = el("a", { href: unit.url, "aria-label": unit.name + ": " + unit.n });
      var path = el("path", {
        d: shape.d, class: "province level-" + data.levels[shape.code], "data-code": shape.code, "data-count": unit.n,
      });
      path.appendChild(el("title", {}, unit.name + ": " + unit.n + " " + text.activities));
      link.appendChild(path);
      ["mouseenter", "focus"].forEach(function (e) { link.addEventListener(e, function () { show(unit); }); });
      ["mouseleave", "blur"].forEach(function (e) { link.addEventListener(e, function () { show(null); }); });
      svg.appendChild(link);
    });
    geo.labels.forEach(function (label, i) {
      var unit = data.units[label[data.era]];
      var caption = text.islands[i] + (unit ? " (" + unit.name + ")" : "");
      svg.appendChild(el("text", { class: "island-label", x: label.x, y: label.y, "text-anchor": "middle" }, caption));
    });
    svg.appendChild(legend(data.legend, 430, 40));
    var fallback = box.querySelector(".map-fallback");
    box.replaceChild(svg, fallback);
  }

  fetch(box.getAttribute("data-geo"))
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(draw)
    .catch(function () { if (hover) hover.textContent = text.error; });
})();
