/**
 * What each Dockerfile instruction does, in a sentence or two of our own, with the section of
 * Docker's Dockerfile reference that covers it. Code blocks show the note when a reader hovers
 * or focuses the instruction, and link the keyword to the reference.
 */
export interface DockerfileInstruction {
  keyword: string;
  note: string;
  reference: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

const NOTES: Record<string, { note: string; anchor?: string }> = {
  FROM: { note: 'Picks the image this build starts from; every later instruction adds a layer on top of it.' },
  RUN: { note: 'Runs a command while the image is built, such as installing packages, and keeps what it changed as a new layer.' },
  CMD: { note: 'Sets the command a container runs when it starts without one of its own. Only the last CMD counts.' },
  LABEL: { note: 'Attaches key=value metadata to the image, such as its version or who maintains it.' },
  MAINTAINER: { note: 'Old way of naming the image author; write a LABEL instead.', anchor: 'maintainer-deprecated' },
  EXPOSE: { note: 'Documents which port the app listens on. It does not publish the port; docker run -p does that.' },
  ENV: { note: 'Sets an environment variable for the rest of the build and for containers started from the image.' },
  ADD: { note: 'Copies files into the image, like COPY, and can also fetch URLs and unpack local tar archives.' },
  COPY: { note: 'Copies files or folders from the build context into the image.' },
  ENTRYPOINT: { note: 'Sets the program a container always runs; CMD then supplies its default arguments.' },
  VOLUME: { note: 'Marks a path whose data lives in a volume outside the container, so it outlasts the container.' },
  USER: { note: 'Chooses the user (and group) that later instructions and the running container use.' },
  WORKDIR: { note: 'Sets the folder that later instructions and the container work in, creating it if needed.' },
  ARG: { note: 'Declares a variable that can be set at build time with docker build --build-arg.' },
  ONBUILD: { note: 'Stores an instruction that runs later, when another Dockerfile builds FROM this image.' },
  STOPSIGNAL: { note: 'Sets the signal sent to the container’s main process to ask it to stop.' },
  HEALTHCHECK: { note: 'Tells Docker how to test that the container still works, so it can be reported unhealthy.' },
  SHELL: { note: 'Replaces the default shell used by the shell form of RUN, CMD and ENTRYPOINT.' },
};

/** Every instruction, in the order above. */
export const DOCKERFILE_INSTRUCTIONS: readonly DockerfileInstruction[] = Object.entries(NOTES).map(
  ([keyword, { note, anchor }]) => ({ keyword, note, reference: `${REFERENCE}#${anchor ?? keyword.toLowerCase()}` }),
);

/** The instruction for a keyword in any letter case, or undefined if Dockerfiles have no such instruction. */
export function findDockerfileInstruction(keyword: string): DockerfileInstruction | undefined {
  const wanted = keyword.toUpperCase();
  return DOCKERFILE_INSTRUCTIONS.find((i) => i.keyword === wanted);
}
