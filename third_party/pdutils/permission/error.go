package permissionutil

import "errors"

var ErrNotImplemented = errors.New("not implemented")
