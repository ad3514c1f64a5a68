// A world map coloured by a country's trade with each partner. The geometry is Natural
// Earth's 1:110m countries from the npm package world-atlas (TopoJSON, ids are ISO
// 3166-1 numeric codes), bundled into the page.
import { feature } from 'topojson-client';
import topology from 'world-atlas/countries-110m.json';
import { echarts } from '../charts.js';
import { escapeHtml, h } from '../dom.js';
import { millions, qualifiedUsd, qualifiedMillions } from '../format.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

let nameOfId = null;

const kAntarctica = '010'; // no trade, and its ring spans every longitude: left out

// Natural Earth cuts polygons at the antimeridian for spherical renderers; ECharts draws
// on a plane, where a ring with points at both +180 and -180 (Chukotka, Fiji) draws a
// band across the map. Moving such a ring's western points east by 360° keeps it whole.
function unwrap(ring) {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function planar(geometry) {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrap) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrap)) };
  return geometry;
}

// Registers the map once; returns ISO numeric id ("762") -> the map's region name.
function worldMap() {
  if (!nameOfId) {
    const geo = feature(topology, topology.objects.countries);
    geo.features = geo.features.filter((f) => f.id !== kAntarctica && f.geometry)
      .map((f) => ({ ...f, geometry: planar(f.geometry) }));
    nameOfId = new Map(geo.features.map((f) => [String(f.id), f.properties.name]));
    echarts.registerMap('world', geo);
  }
  return nameOfId;
}

const regionOf = (numeric) => (numeric ? worldMap().get(String(numeric).padStart(3, '0')) : undefined);

// answer: /api/v1/partners; names: partner code -> /api/v1/country answer.
export function worldSection(info, answer, names, sources) {
  const rows = (answer.partners || []).filter((r) => r.total_usd !== null);
  const data = [];
  const missing = [];
  for (const r of rows) {
    const region = regionOf(names.get(r.partner)?.numeric);
    if (region) data.push({ name: region, value: r.total_usd / 1e6, row: r });
    else missing.push(r.partner);
  }
  const home = regionOf(info.numeric);
  if (home) data.push({ name: home, value: null, home: true, itemStyle: { areaColor: '#d9822b' }, label: { show: false } });
  const values = data.filter((d) => !d.home).map((d) => d.value);
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => {
      if (!p.data) return `${escapeHtml(p.name)}: no figure`;
      if (p.data.home) return `${escapeHtml(info.name)}`;
      const r = p.data.row;
      return `${escapeHtml(names.get(r.partner)?.name || r.partner)}: ${qualifiedUsd(r.total_usd, r.qualifier)}<br>Source: ${escapeHtml(r.source)}`;
    } },
    visualMap: { type: 'continuous', hoverLink: false, min: 0, max: Math.max(1, ...values), text: ['USD million', ''], calculable: false,
      inRange: { color: ['#dce8f5', '#2f6db5', '#0d2f5c'] }, left: 10, bottom: 10, itemHeight: 100 },
    series: [{ type: 'map', map: 'world', roam: true, selectedMode: false, emphasis: { label: { show: false } },
      itemStyle: { areaColor: '#eef0f2', borderColor: '#b6bec7', borderWidth: 0.5 }, data }],
  };
  const table = dataTable({
    id: 'map-table',
    caption: `${info.name}'s trade with each partner in ${answer.year}, USD million (the map's figures)`,
    columns: [{ label: 'Partner' }, { label: 'Total', numeric: true }],
    rows: rows.map((r) => [`${names.get(r.partner)?.name || r.partner} (${r.partner})`,
      { text: qualifiedMillions(r.total_usd, r.qualifier), title: `${r.source} [${sources.add(r.source, r.url)}]` }]),
  });
  return [
    chartWithTable(option, table, `World map of ${info.name}'s trade with each partner in ${answer.year}; the table beside it has every figure.`, { tall: true }),
    missing.length ? h('p', { class: 'note' }, `Not on the 1:110m map: ${missing.join(', ')}.`) : null,
  ];
}
