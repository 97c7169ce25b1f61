import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query.ts';
import { clientConfig } from './auth/config.ts';
import { createAppRouter } from './router.tsx';
import './styles/index.scss';

const queryClient = createQueryClient();
const router = createAppRouter();

// The county's time zone comes with the sign-in settings; every date waits for it (a failure
// keeps the default zone, and the sign-in page says what went wrong).
void clientConfig()
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
