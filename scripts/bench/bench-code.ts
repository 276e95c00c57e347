import type { Prng } from './prng.ts';

const FENCE = '```';
const BASES = ['python:3.12-slim', 'python:3.11-alpine', 'debian:bookworm-slim', 'node:22-alpine', 'nginx:1.27-alpine'] as const;
const PACKAGES = ['flask', 'redis', 'gunicorn', 'requests', 'uvicorn', 'psycopg'] as const;

/** The code blocks of one generated page, in the languages the tutorial uses. */
export interface PageCode {
  dockerfile: string;
  dockerfile2: string;
  console: string;
  yaml: string;
  python: string;
}

/** Builds a page's blocks; `index` keeps image names unique per page. */
export function codeBlocks(rng: Prng, index: number): PageCode {
  const app = `app-${index}`;
  const port = rng.int(3000, 9000);
  const pkg = rng.pick(PACKAGES);
  const dockerfile = (base: string, extra: string[]) =>
    [
      `${FENCE}dockerfile title="Dockerfile"`,
      '# Start from a small official image',
      `FROM ${base}`,
      '',
      '# Work in /app inside the image',
      'WORKDIR /app',
      '',
      '# Copy the application and install what it needs',
      'COPY . /app',
      `RUN pip install --no-cache-dir ${pkg} && pip check`,
      ...extra,
      '',
      `EXPOSE ${port}`,
      `ENV NAME=${app} PORT=${port}`,
      'CMD ["python", "app.py"]',
      FENCE,
    ].join('\n');
  return {
    dockerfile: dockerfile(rng.pick(BASES), []),
    dockerfile2: dockerfile(rng.pick(BASES), ['', '# Run as an unprivileged user', 'RUN useradd --create-home runner', 'USER runner', `HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:${port}/')"`]),
    console: [
      `${FENCE}console`,
      `$ docker build --tag ${app} .`,
      `$ docker run --detach --publish 4000:${port} ${app}`,
      '$ docker container ls',
      'CONTAINER ID   IMAGE        COMMAND           STATUS         PORTS',
      `${(index * 2654435761 >>> 0).toString(16).padStart(12, '0')}   ${app}   "python app.py"   Up 2 seconds   0.0.0.0:4000->${port}/tcp`,
      FENCE,
    ].join('\n'),
    yaml: [
      `${FENCE}yaml`,
      'services:',
      '  web:',
      `    image: example/${app}:${rng.int(1, 9)}.${rng.int(0, 20)}`,
      '    deploy:',
      `      replicas: ${rng.int(2, 8)}`,
      '      resources:',
      '        limits:',
      `          cpus: "0.${rng.int(1, 9)}"`,
      `          memory: ${rng.pick([50, 64, 128, 256])}M`,
      '      restart_policy:',
      '        condition: on-failure',
      '    ports:',
      `      - "4000:${port}"`,
      '    networks:',
      '      - webnet',
      'networks:',
      '  webnet:',
      FENCE,
    ].join('\n'),
    python: [
      `${FENCE}python`,
      'import os',
      'import socket',
      '',
      'from flask import Flask',
      '',
      'app = Flask(__name__)',
      '',
      '',
      '@app.route("/")',
      'def hello():',
      `    name = os.getenv("NAME", "${app}")`,
      '    host = socket.gethostname()',
      '    return f"Hello from {name} on {host}"',
      '',
      '',
      'if __name__ == "__main__":',
      `    app.run(host="0.0.0.0", port=int(os.getenv("PORT", "${port}")))`,
      FENCE,
    ].join('\n'),
  };
}
