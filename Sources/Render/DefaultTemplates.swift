/// The built-in templates: used when the templates folder does not exist. They are the text of the
/// repository's `templates/` (a test keeps them equal; `make defaults` regenerates this file).
enum DefaultTemplates {
    static let files: [String: String] = [
        "index.mustache": ##"""
<article class="report">
{{{body}}}
</article>

"""##,
        "layout.mustache": ##"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{pageTitle}} · {{siteTitle}}</title>
<meta name="description" content="{{summary}}">
<meta name="generator" content="Crosscheck">
<link rel="stylesheet" href="{{stylesheet}}">
</head>
<body class="page-{{kind}}">
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="{{home}}">{{siteTitle}}</a></p>
<nav aria-label="Report sections">
<ul>
{{#nav}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/nav}}
</ul>
</nav>
</header>
<main id="main">
{{{content}}}
</main>
<footer class="site-footer">
<p>Made with Crosscheck from the articles in this report's sources. Every statement links to the sentence it rests on.</p>
</footer>
{{{injection}}}
</body>
</html>

"""##,
        "methodology.mustache": ##"""
<article class="report">
{{{body}}}
{{#hasScale}}
<section aria-labelledby="rating-scale">
<h2 id="rating-scale">Rating scale</h2>
<p>Each proposition's status sits on a published five-step scale, used on every verdict card and in the machine-readable ClaimReview data (<code>ratingValue</code>, with <code>bestRating</code> 5 and <code>worstRating</code> 1; <code>alternateName</code> is the status in words). Higher means better supported by independent sources.</p>
<ul class="scale">
{{#scale}}<li><strong>{{rating}} — {{status}}</strong>: {{explanation}}</li>
{{/scale}}
</ul>
</section>
{{/hasScale}}
</article>

"""##,
        "source.mustache": ##"""
<article class="report source">
{{{body}}}
{{#hasNotices}}
<section aria-labelledby="notices">
<h2 id="notices">Notices</h2>
<ul class="notices">
{{#notices}}<li class="notice notice-{{severity}}">{{text}}</li>{{/notices}}
</ul>
</section>
{{/hasNotices}}
<section aria-labelledby="text">
<h2 id="text">Text</h2>
<p class="hint">Sentences the analysis read carry an anchor (hover or focus shows its number). Parts left out of the analysis are folded, with the reason.</p>
<div class="article-text">
{{#blocks}}
{{#analysed}}
<p class="block block-{{role}}">{{#sentences}}<span class="sentence" id="{{id}}"><a class="sentence-number" href="#{{id}}" aria-label="sentence {{n}}">{{n}}</a> {{text}}</span> {{/sentences}}</p>
{{/analysed}}
{{^analysed}}
{{#heading}}<p class="block block-headline">{{text}}</p>{{/heading}}
{{^heading}}
<details class="left-out left-out-{{role}}">
<summary>Left out ({{role}}, line {{line}}){{#reason}}: {{reason}}{{/reason}}</summary>
<p>{{text}}</p>
</details>
{{/heading}}
{{/analysed}}
{{/blocks}}
</div>
</section>
{{#hasClaims}}
<section aria-labelledby="figures">
<h2 id="figures">Figures found</h2>
<div class="table-wrap">
<table class="claims">
<caption>Every figure found in this source</caption>
<thead><tr><th scope="col">Sentence</th><th scope="col">Figure</th><th scope="col">Counts</th><th scope="col">Interval</th><th scope="col">Said by</th><th scope="col">Date</th></tr></thead>
<tbody>
{{#claims}}
<tr>
<td><a href="{{anchor}}">{{sentence}}</a></td>
<td>{{#proposition}}<a href="{{proposition}}">{{text}}</a>{{/proposition}}{{^proposition}}{{text}}{{/proposition}}</td>
<td>{{measure}}{{#term}} <span class="term">({{term}})</span>{{/term}}</td>
<td><code>{{interval}}</code> {{qualifier}}</td>
<td>{{#speaker}}{{speaker}}{{/speaker}}{{^speaker}}—{{/speaker}}</td>
<td>{{#date}}{{date}}{{/date}}{{^date}}—{{/date}}</td>
</tr>
{{/claims}}
</tbody>
</table>
</div>
</section>
{{/hasClaims}}
<p><a href="{{sourcesIndex}}">All sources</a></p>
</article>

"""##,
        "sources.mustache": ##"""
<article class="report">
{{{body}}}
<div class="table-wrap">
<table class="sources">
<caption>Sources read for this report</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Headline</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Figures</th><th scope="col">Origin</th></tr></thead>
<tbody>
{{#sources}}
<tr>
<th scope="row"><a href="{{href}}">{{label}}</a></th>
<td><a href="{{href}}">{{title}}</a>{{#notices}}<p class="notice notice-{{severity}}">{{text}}</p>{{/notices}}</td>
<td>{{outlet}}</td>
<td>{{published}}</td>
<td class="num">{{claims}}</td>
<td>{{family}}</td>
</tr>
{{/sources}}
</tbody>
</table>
</div>
{{#hasCorpusNotices}}
<section aria-labelledby="corpus-notices">
<h2 id="corpus-notices">Notices</h2>
<ul class="notices">
{{#corpusNotices}}<li class="notice notice-{{severity}}">{{text}}</li>{{/corpusNotices}}
</ul>
</section>
{{/hasCorpusNotices}}
</article>

"""##,
        "style.css": ##"""
/* Crosscheck report stylesheet. Edit freely: the build copies it to the site as it is. */
:root {
  --bg: #ffffff;
  --fg: #1d1f23;
  --muted: #555b66;
  --line: #d9dce1;
  --panel: #f5f6f8;
  --accent: #0b57a4;
  --agree: #116329;
  --consistent: #1f5f8b;
  --conflict: #a40e26;
  --outdated: #6b4f00;
  --mark: #fff3bf;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171b;
    --fg: #e8eaed;
    --muted: #aab1bc;
    --line: #343a44;
    --panel: #1e2127;
    --accent: #8cc4ff;
    --agree: #7ee2a0;
    --consistent: #8fc8f0;
    --conflict: #ff9aa8;
    --outdated: #f2cf66;
    --mark: #4a3f10;
  }
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 2; }
.site-header {
  border-bottom: 1px solid var(--line);
  background: var(--panel);
  padding: 0.75rem max(1rem, calc((100% - 60rem) / 2));
}
.site-title { margin: 0 0 0.25rem; font-weight: 700; }
.site-title a { color: var(--fg); text-decoration: none; }
.site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.site-header a[aria-current="page"] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--accent); }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
h2[id], h3[id] { scroll-margin-top: 1rem; }
h3 + p { margin-top: 0.25rem; }
p, li { max-width: 46rem; }
li { margin: 0.3rem 0; }
strong { font-weight: 700; }
.report h3 + p strong:first-child {
  display: inline-block;
  padding: 0 0.45rem;
  border-radius: 0.25rem;
  border: 1px solid currentColor;
}
/* Citation links are short labels like S1·3; keep them compact and tappable. */
.report a[href*="sources/"][href*="#s"] {
  font-size: 0.8em;
  font-variant-numeric: tabular-nums;
  padding: 0 0.2em;
  white-space: nowrap;
}
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: 0.45rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--fg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: 0.9em; background: var(--panel); padding: 0 0.25em; border-radius: 0.2em; }
.article-text { border-left: 3px solid var(--line); padding-left: 1rem; }
.block-headline { font-weight: 700; font-size: 1.1rem; }
.sentence { scroll-margin-top: 2rem; }
.sentence:target { background: var(--mark); outline: 2px solid var(--mark); }
.sentence-number {
  font-size: 0.7em;
  color: var(--muted);
  text-decoration: none;
  vertical-align: super;
}
.left-out { margin: 0.75rem 0; border: 1px dashed var(--line); border-radius: 0.3rem; padding: 0.25rem 0.75rem; color: var(--muted); }
.left-out summary { cursor: pointer; font-size: 0.9rem; }
.left-out p { white-space: pre-line; }
.hint { color: var(--muted); font-size: 0.9rem; }
.notices { padding-left: 1.25rem; }
.notice { font-size: 0.9rem; margin: 0.25rem 0; }
.notice-error { color: var(--conflict); }
.notice-warning { color: var(--outdated); }
.term { color: var(--muted); }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; padding: 1rem max(1rem, calc((100% - 60rem) / 2)); }
/* Verdict cards: the status is a word in a bordered badge, never colour alone. */
.card {
  border: 1px solid var(--line);
  border-left: 6px solid var(--status, var(--line));
  border-radius: 0.4rem;
  padding: 0.25rem 1rem 0.75rem;
  margin: 1.25rem 0;
  background: var(--bg);
}
.card h3 { margin-top: 0.75rem; }
.status-agree { --status: var(--agree); }
.status-consistent { --status: var(--consistent); }
.status-conflicting { --status: var(--conflict); border-left-style: double; }
.status-outdated { --status: var(--outdated); border-left-style: dashed; }
.status-singleOrigin { --status: var(--muted); border-left-style: dotted; }
.report .card .badge {
  display: inline-block;
  padding: 0 0.45rem;
  border-radius: 0.25rem;
  border: 2px solid var(--status, currentColor);
  color: var(--fg);
}
.rating { color: var(--muted); font-size: 0.9rem; margin-left: 0.25rem; }
.short { font-weight: 600; margin: 0.25rem 0 0.5rem; }
.facts { margin: 0.5rem 0; }
.facts > div { display: grid; grid-template-columns: 9rem 1fr; gap: 0.5rem; padding: 0.2rem 0; border-top: 1px solid var(--line); }
.facts dt { color: var(--muted); font-size: 0.9rem; }
.facts dd { margin: 0; }
.tellings-label { margin-bottom: 0; color: var(--muted); font-size: 0.9rem; }
.tellings { padding-left: 1.25rem; }
a.cite { font-size: 0.8em; font-variant-numeric: tabular-nums; padding: 0 0.2em; white-space: nowrap; }
.drift { border: 2px dashed var(--line); border-radius: 0.4rem; padding: 0.25rem 0.75rem 0.5rem; margin: 0.75rem 0; }
.versions { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
.version { border: 1px solid var(--line); border-radius: 0.3rem; padding: 0 0.75rem; background: var(--panel); }
.version-deviation { border-style: dashed; border-width: 2px; }
.version-label { font-size: 0.85rem; color: var(--muted); margin: 0.4rem 0 0; text-transform: uppercase; letter-spacing: 0.03em; }
.version-text { font-size: 1.1rem; font-weight: 600; margin: 0.2rem 0; }
.version-cites { margin: 0 0 0.4rem; }
.drift-note { font-size: 0.9rem; color: var(--muted); }
/* Charts: SVG built at build time; text and lines follow the colour scheme. */
.chart-figure { margin: 1rem 0 1.5rem; }
.chart-figure figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.chart-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; }
/* Narrow screens scroll the chart inside its frame rather than shrinking its text; the page never scrolls sideways. */
.chart-wrap { min-width: 0; overflow-x: auto; max-width: 48rem; }
svg.chart { width: 100%; min-width: 28rem; height: auto; display: block; font: 13px system-ui, sans-serif; }
svg.strip { min-width: 30rem; }
svg.chart text { fill: var(--fg); }
svg.chart .tick, svg.chart .axis-label, svg.chart .row-speaker { fill: var(--muted); font-size: 11px; }
svg.chart .row-date { font-weight: 700; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .axis-line { stroke: var(--fg); stroke-width: 1.5; }
svg.chart .whisker { stroke: var(--fg); stroke-width: 3; }
svg.chart .whisker-open { stroke-dasharray: 6 3; }
svg.chart .cap { stroke: var(--fg); stroke-width: 2; }
svg.chart .arrow { fill: var(--fg); }
svg.chart .marker { fill: var(--fg); stroke: var(--bg); stroke-width: 1.5; }
svg.chart .marker-hollow { fill: var(--bg); stroke: var(--fg); stroke-width: 2; }
svg.chart .status-outdated .whisker { stroke: var(--muted); }
.chart-table { font-size: 0.85rem; margin-top: 0; }
.chart-table code { white-space: nowrap; }
svg.strip { width: 100%; height: auto; display: block; font: 12px system-ui, sans-serif; }
svg.strip text { fill: var(--fg); }
svg.strip .tick { fill: var(--muted); }
svg.strip .grid { stroke: var(--line); }
svg.strip .day { fill: var(--fg); }
svg.strip .month { fill: var(--fg); opacity: 0.75; }
svg.strip .year { fill: none; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 2; }
svg.strip .inferred { fill: var(--bg); stroke: var(--fg); stroke-width: 1.5; }
.scale li { margin: 0.4rem 0; }
a:focus-visible, summary:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
@media (max-width: 40rem) {
  .versions { grid-template-columns: minmax(0, 1fr); }
  .facts > div { grid-template-columns: minmax(0, 1fr); gap: 0; }
}
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.6rem; }
  main { padding: 1rem 0.75rem 2rem; }
}
@media print {
  .site-header nav, .skip, .site-footer { display: none; }
  body { background: #fff; color: #000; }
  a { color: #000; }
  .left-out { break-inside: avoid; }
  details.left-out > p { display: block; }
  .card, .chart-figure, .drift { break-inside: avoid; }
  .card { border-color: #000; }
  .cite::after { content: ""; }
  main { max-width: none; }
  svg.chart text, svg.strip text { fill: #000; }
}

"""##,
        "timeline.mustache": ##"""
<article class="report">
<h1 id="{{pageSlug}}">{{pageTitle}}</h1>
{{#intro}}<p>{{intro}}</p>{{/intro}}
{{#strip}}
<figure class="chart-figure" aria-labelledby="timeline-strip-caption">
<figcaption id="timeline-strip-caption">Dated events by precision: a dot is a day, a bar a month, a dashed band a year; hollow marks were inferred from relative words</figcaption>
<div class="chart-layout">
<div class="chart-wrap">{{{strip}}}</div>
<div class="table-wrap">
<table class="chart-table">
<caption>Events per year and precision</caption>
<thead><tr><th scope="col">Year</th><th scope="col" class="num">Day</th><th scope="col" class="num">Month</th><th scope="col" class="num">Year only</th><th scope="col" class="num">Inferred</th></tr></thead>
<tbody>
{{#stripRows}}<tr><th scope="row">{{year}}</th><td class="num">{{day}}</td><td class="num">{{month}}</td><td class="num">{{yearOnly}}</td><td class="num">{{inferred}}</td></tr>
{{/stripRows}}
</tbody>
</table>
</div>
</div>
</figure>
{{/strip}}
{{{body}}}
</article>

"""##,
        "topic.mustache": ##"""
<article class="report">
{{{body}}}
{{#empty}}<p>No figures for this topic were found in the sources.</p>{{/empty}}
{{#measures}}
<section class="measure" aria-labelledby="{{id}}">
<h2 id="{{id}}">{{heading}}</h2>
<p>{{count}}</p>
{{#charts}}
<figure class="chart-figure" aria-labelledby="{{id}}-caption">
<figcaption id="{{id}}-caption">{{caption}}{{#log}} (log scale){{/log}}</figcaption>
<div class="chart-layout">
<div class="chart-wrap">{{{svg}}}</div>
<div class="table-wrap">
<table class="chart-table">
<caption>The numbers in the chart</caption>
<thead><tr><th scope="col">As of</th><th scope="col">Said by</th><th scope="col">Estimate</th><th scope="col">Status</th><th scope="col" class="num">Origins</th></tr></thead>
<tbody>
{{#rows}}<tr><th scope="row">{{asOf}}</th><td>{{speaker}}</td><td>{{words}} <code>{{interval}}</code></td><td>{{status}}</td><td class="num">{{origins}}</td></tr>
{{/rows}}
</tbody>
</table>
</div>
</div>
</figure>
{{/charts}}
{{#cards}}
<article class="card status-{{statusKey}}" aria-labelledby="{{anchor}}">
<h3 id="{{anchor}}">{{heading}}</h3>
<p class="verdict"><strong class="badge">{{status}}</strong> <span class="rating">{{rating}} of {{best}} on the <a href="{{scaleHref}}">rating scale</a></span></p>
<p class="short">{{short}}</p>
<dl class="facts">
<div><dt>Claim</dt><dd>{{claim}}</dd></div>
<div><dt>Said by</dt><dd>{{who}}</dd></div>
<div><dt>Carried by</dt><dd>{{carried}}: {{outlets}}</dd></div>
<div><dt>Why this status</dt><dd>{{explanation}}{{#later}} See the <a href="{{later}}">later estimate</a>.{{/later}}</dd></div>
</dl>
<p class="tellings-label">Tellings, each citing its sentence:</p>
<ul class="tellings">
{{#tellings}}<li>“{{text}}”{{#term}} {{term}}{{/term}} — {{outlet}}{{#derived}} (derived: {{derived}}, a share of a figure in the same sentence){{/derived}} {{#cites}}<a class="cite" href="{{href}}" title="{{title}}">{{label}}</a> {{/cites}}</li>
{{/tellings}}
</ul>
{{#drifts}}
<div class="drift" role="group" aria-label="{{kind}}: two versions side by side">
<p class="drift-kind"><strong>{{kind}}</strong> in {{outlets}}</p>
<div class="versions">
<div class="version version-majority"><p class="version-label">Most tellings</p><p class="version-text">“{{majority}}”</p><p class="version-cites">{{#majorityCites}}<a class="cite" href="{{href}}" title="{{title}}">{{label}}</a> {{/majorityCites}}</p></div>
<div class="version version-deviation"><p class="version-label">{{outlets}}</p><p class="version-text">“{{deviation}}”</p><p class="version-cites">{{#deviatingCites}}<a class="cite" href="{{href}}" title="{{title}}">{{label}}</a> {{/deviatingCites}}</p></div>
</div>
<p class="drift-note">{{note}}</p>
</div>
{{/drifts}}
<script type="application/ld+json">{{{jsonld}}}</script>
</article>
{{/cards}}
</section>
{{/measures}}
{{#driftID}}
<section aria-labelledby="{{driftID}}">
<h2 id="{{driftID}}">Where versions drift</h2>
<ul class="drift-list">
{{#driftList}}<li><strong>{{kind}}</strong> in {{outlets}}: most tellings say “{{majority}}”, {{outlets}} says “{{deviation}}”.{{#href}} <a href="{{href}}">See both versions side by side</a>.{{/href}}</li>
{{/driftList}}
</ul>
</section>
{{/driftID}}
</article>

"""##,
    ]
}
