import { describe, expect, it } from 'vitest';
import { LISTING_TRANSITIONS, canTransition, ownerActions } from './states';
import { LISTING_STATES } from './vocabulary';

describe('state machine', () => {
	it('lets owners pause, close and reopen, but never leave a closed listing except by reopening', () => {
		expect(canTransition('open', 'paused')).toBe(true);
		expect(canTransition('paused', 'open')).toBe(true);
		expect(canTransition('closed', 'open')).toBe(true);
		expect(canTransition('closed', 'paused')).toBe(false);
		expect(canTransition('open', 'draft')).toBe(false);
		expect(canTransition('draft', 'paused')).toBe(false);
		expect(ownerActions('open')).not.toContain('expired');
	});

	it('covers every state', () => {
		expect(Object.keys(LISTING_TRANSITIONS).sort()).toEqual([...LISTING_STATES].sort());
	});
});
