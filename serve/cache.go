package serve

import (
	"context"
	"sync"

	"conformscan/history"
)

// scopeCache keeps the scope of each run read: reading it means reading
// the run's whole report, and a run never changes once saved.
type scopeCache struct {
	mu sync.Mutex
	m  map[int64]history.RunScope
}

// fill sets the scope of every head, reading only the runs not seen yet.
func (c *scopeCache) fill(ctx context.Context, st *history.Store, heads []history.RunHead) error {
	c.mu.Lock()
	var missing []int64
	for _, h := range heads {
		if _, ok := c.m[h.ID]; !ok {
			missing = append(missing, h.ID)
		}
	}
	c.mu.Unlock()
	if len(missing) > 0 {
		read, err := st.Scopes(ctx, missing)
		if err != nil {
			return err
		}
		c.mu.Lock()
		for id, sc := range read {
			c.m[id] = sc
		}
		c.mu.Unlock()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range heads {
		heads[i].Scope = c.m[heads[i].ID]
	}
	return nil
}
