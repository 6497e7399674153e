package winhost

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// AuditSetting is one advanced audit policy subcategory as
// `auditpol /backup` or `auditpol /get /category:* /r` reports it.
// Security.AuditPolicy is nil when auditpol was not read (then in
// Problems as "audit_policy").
type AuditSetting struct {
	Subcategory string `json:"subcategory"` // "Logon", "Ouvrir la session"
	// GUID names the subcategory whatever the display language
	// ("{0CCE9215-69AE-11D9-BED3-505054503030}").
	GUID    string `json:"guid"`
	Success bool   `json:"success"`
	Failure bool   `json:"failure"`
	// Setting is the inclusion setting as displayed.
	Setting string `json:"setting,omitempty"`
}

// maxAuditRows bounds the subcategories read (Windows has about 60).
const maxAuditRows = 512

// ParseAuditpolCSV reads the CSV of `auditpol /backup` (Setting Value
// column: 0 none, 1 success, 2 failure, 3 both) or of
// `auditpol /get /category:* /r` (English Inclusion Setting). A row whose
// setting cannot be read is an error: never guessed as audited.
func ParseAuditpolCSV(b []byte) ([]AuditSetting, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("auditpol CSV header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	isub, okSub := col["Subcategory"]
	iguid, okGUID := col["Subcategory GUID"]
	if !okSub || !okGUID {
		return nil, errors.New("auditpol CSV: no Subcategory / Subcategory GUID column")
	}
	out := []AuditSetting{}
	for n := 2; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("auditpol CSV line %d: %w", n, err)
		}
		if len(out) >= maxAuditRows {
			return nil, fmt.Errorf("auditpol CSV: over %d rows", maxAuditRows)
		}
		s, err := auditRow(rec, col, isub, iguid)
		if err != nil {
			return nil, fmt.Errorf("auditpol CSV line %d: %w", n, err)
		}
		if s.GUID != "" {
			out = append(out, s)
		}
	}
}

// auditRow reads one row; a row without a GUID (a system-wide option) is
// returned empty.
func auditRow(rec []string, col map[string]int, isub, iguid int) (AuditSetting, error) {
	get := func(i int, ok bool) string {
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	s := AuditSetting{Subcategory: get(isub, true), GUID: strings.ToUpper(get(iguid, true))}
	if s.GUID == "" {
		return AuditSetting{}, nil
	}
	iset, okSet := col["Inclusion Setting"]
	s.Setting = get(iset, okSet)
	if iv, ok := col["Setting Value"]; ok && get(iv, true) != "" {
		v, err := strconv.Atoi(get(iv, true))
		if err != nil || v < 0 || v > 3 {
			return AuditSetting{}, fmt.Errorf("setting value %q of %s", get(iv, true), s.GUID)
		}
		s.Success, s.Failure = v&1 != 0, v&2 != 0
		return s, nil
	}
	switch s.Setting {
	case "Success and Failure":
		s.Success, s.Failure = true, true
	case "Success":
		s.Success = true
	case "Failure":
		s.Failure = true
	case "No Auditing":
	default:
		return AuditSetting{}, fmt.Errorf("inclusion setting %q of %s not understood (record `auditpol /backup`, whose Setting Value does not depend on the language)", s.Setting, s.GUID)
	}
	return s, nil
}
