package probes

import "context"

// admissionKey marks a context in which a probe's Admit granted its turn.
type admissionKey struct{ probe string }

// WithAdmission returns ctx marked as admitted for the probe id: its Run
// then does not wait for its turn again.
func WithAdmission(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, admissionKey{id}, true)
}

// Admitted tells whether ctx carries the probe id's admission.
func Admitted(ctx context.Context, id string) bool {
	ok, _ := ctx.Value(admissionKey{id}).(bool)
	return ok
}

// Exec runs p on s as the runner does, without a timeout of its own: its
// admission first (when it has one), then Run.
func (p Probe) Exec(ctx context.Context, env *Env, s *Subject) error {
	if p.Admit != nil {
		actx, release, err := p.Admit(ctx, s)
		if err != nil {
			return err
		}
		defer release()
		ctx = actx
	}
	return p.Run(ctx, env, s)
}
