package remote

import "conformscan/checks"

// localChecks are the checks of the local inventory (--local).
func (o *Options) localChecks() []checks.Check { return nil }
