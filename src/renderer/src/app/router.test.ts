import { describe, expect, it } from 'vitest';
import { fillPath, matchPath, matchRoute, type RouteDef } from './router';

const Page = () => null;

describe('the hash router', () => {
  it('matches paths and reads their parameters', () => {
    expect(matchPath('/conference/:id/live', '/conference/7/live')).toEqual({ id: '7' });
    expect(matchPath('/conference/:id/live', '/conference/7/setup')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/stage/:id', '/stage/3?token=x')).toEqual({ id: '3' });
    expect(fillPath('/conference/:id/review', { id: '12' })).toBe('/conference/12/review');
  });

  it('takes the first route of the table that matches', () => {
    const routes: RouteDef[] = [
      { path: '/archive', component: Page },
      { path: '/conference/:id/live', component: Page },
      { path: '/conference/:id/:view', component: Page }
    ];
    expect(matchRoute(routes, '/conference/2/live')?.route).toBe(routes[1]);
    expect(matchRoute(routes, '/conference/2/export')?.params).toEqual({ id: '2', view: 'export' });
    expect(matchRoute(routes, '/nowhere')).toBeNull();
  });
});
