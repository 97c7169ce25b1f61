// The gateway's demo identity provider (demo mode only): a persona picker instead of a password.

export interface Persona {
  id: string;
  name: string;
  agency: string;
  role: string;
}

export async function fetchPersonas(): Promise<Persona[]> {
  const response = await fetch('/auth/demo/personas');
  if (!response.ok) throw new Error('The demo sign-in is not available on this hub.');
  return (await response.json()) as Persona[];
}

export async function demoToken(persona: string): Promise<string> {
  const response = await fetch('/auth/demo/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error('The demo sign-in refused this persona.');
  return ((await response.json()) as { token: string }).token;
}
