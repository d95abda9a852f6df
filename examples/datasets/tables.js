// Renders every resource of datapackage.json as an HTML table, from the published JSON files.
const base = new URL('../../packages/datasets/', import.meta.url);
const container = document.getElementById('tables');

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text === null ? '' : String(text);
  return element;
}

async function render() {
  const descriptor = await (await fetch(new URL('datapackage.json', base))).json();
  container.replaceChildren();
  for (const resource of descriptor.resources) {
    const rows = await (await fetch(new URL(resource['factbox:json'].path, base))).json();
    const fields = resource.schema.fields.map((f) => f.name);
    const heading = cell('h2', `${resource.title} (${resource.name})`);
    heading.id = resource.name;
    const links = document.createElement('p');
    for (const [label, path] of [
      ['CSV', resource.path],
      ['JSON', resource['factbox:json'].path],
    ]) {
      const a = cell('a', `${label}`);
      a.href = new URL(path, base).href;
      links.append(a, ' ');
    }
    const table = document.createElement('table');
    table.append(cell('caption', `${rows.length} rows. ${resource.description}`));
    const head = table.createTHead().insertRow();
    for (const name of fields) head.append(Object.assign(cell('th', name), { scope: 'col' }));
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const name of fields) tr.append(cell('td', row[name]));
    }
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-labelledby', resource.name);
    scroll.append(table);
    container.append(heading, links, scroll);
  }
}

render().catch((error) => {
  container.replaceChildren(cell('p', `Could not load the datasets: ${error.message}. Run npm run build first.`));
});
