package checks

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gridColumns are the 0-based columns of a returned grid; -1 when absent.
type gridColumns struct {
	ref, status, description, justification int
	names                                   []string // the header row
}

// of is the column of an answer field, -1 when the sheet has none.
func (c gridColumns) of(field string) int {
	switch field {
	case "ref":
		return c.ref
	case "status":
		return c.status
	case "description":
		return c.description
	case "justification":
		if c.justification < 0 {
			return c.description
		}
		return c.justification
	}
	return -1
}

// header is column col's header text.
func (c gridColumns) header(col int) string {
	if col < len(c.names) {
		return Clip(oneLine(c.names[col]), 60)
	}
	return ""
}

// cellError is a cell that cannot be read as part of an answer.
type cellError struct {
	col int
	msg string
}

func (e *cellError) Error() string { return e.msg }

// findHeader finds, in the first rows, the header naming a ref column and a
// status column; it returns the header's index and the columns.
func findHeader(rows [][]string) (int, gridColumns, bool) {
	for i := 0; i < min(len(rows), headerSearchRows); i++ {
		c := gridColumns{ref: -1, status: -1, description: -1, justification: -1, names: rows[i]}
		for j, cell := range rows[i] {
			switch h := fold(cell); {
			case c.ref < 0 && (h == "ref" || h == "ref." || h == "reference" || h == "n°" || h == "no" || h == "id"):
				c.ref = j
			case c.status < 0 && (strings.HasPrefix(h, "statut") || strings.HasPrefix(h, "status") || strings.HasPrefix(h, "conformite") || strings.HasPrefix(h, "compliance")):
				c.status = j
			case c.description < 0 && strings.Contains(h, "description"):
				c.description = j
			case c.justification < 0 && (strings.HasPrefix(h, "justification") || strings.HasPrefix(h, "commentaire")):
				c.justification = j
			}
		}
		if c.ref >= 0 && c.status >= 0 {
			return i, c, true
		}
	}
	return 0, gridColumns{}, false
}

// refPattern is what a ref cell holds; other rows (titles, notes) are skipped.
var refPattern = regexp.MustCompile(`^[0-9]{1,2}\.[0-9]{1,2}$`)

// rowAnswer maps one row under the header to an answer; ok is false for a
// row that is not a ref (a section title, a blank line, a note).
func rowAnswer(row []string, c gridColumns) (Answer, bool, error) {
	ref := strings.TrimSpace(cellAt(row, c.ref))
	if !refPattern.MatchString(ref) {
		return Answer{}, false, nil
	}
	word := strings.TrimSpace(cellAt(row, c.status))
	prev := parseExported(cellAt(row, c.description))
	an := Answer{Ref: ref, Description: prev.vendorText, Justification: strings.TrimSpace(cellAt(row, c.justification))}
	if prev.verdict != "" && fold(word) == fold(prev.verdict) {
		// The status cell still holds conformscan's verdict: the
		// answer is the one the exported report carried, if any.
		an.Status = prev.status
		an.Description = strings.TrimSpace(strings.Join([]string{prev.description, prev.vendorText}, "\n"))
		an.Justification = firstNonEmpty(an.Justification, prev.justification)
	} else {
		status, partial, ok := statusWord(word)
		if !ok {
			return Answer{}, false, &cellError{col: c.status, msg: "\"" + Clip(oneLine(word), 40) + "\" is not a status: write Conforme, Non conforme, Partiellement conforme or Sans objet (or leave it empty)"}
		}
		an.Status = status
		an.Justification = firstNonEmpty(an.Justification, prev.justification)
		if partial {
			an.Description = strings.TrimSpace(oneLine(word) + " : " + an.Description)
		}
	}
	if an.Status == AnswerNA && an.Justification == "" {
		an.Justification = an.Description // the grid has one free-text box
	}
	return an, true, nil
}

// cellAt is row's cell col, empty when the row is shorter or col absent.
func cellAt(row []string, col int) string {
	if col < 0 || col >= len(row) {
		return ""
	}
	return row[col]
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// statusWord reads a status as vendors write it, in French or English;
// partial is true for "partiellement conforme", read as non-conforme.
func statusWord(word string) (status string, partial, ok bool) {
	switch w := strings.NewReplacer("-", " ", "_", " ", "/", "").Replace(fold(word)); w {
	case "", "a completer", "en cours", "to do", "todo", "manuel", "manual", "erreur", "error", "avert.", "warn", "ignore", "skipped":
		return "", false, true
	case "conforme", "oui", "yes", "compliant", "pass", "ok":
		return AnswerConforme, false, true
	case "non conforme", "non", "no", "nc", "non compliant", "not compliant", "echec", "fail":
		return AnswerNonConforme, false, true
	case "partiellement conforme", "partiel", "partially compliant", "partial":
		return AnswerNonConforme, true, true
	case "sans objet", "so", "na", "non applicable", "not applicable":
		return AnswerNA, false, true
	}
	return "", false, false
}

// fold lowercases, strips French accents and collapses spaces.
func fold(s string) string {
	s = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i",
		"ô", "o", "ù", "u", "û", "u", "ç", "c", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// exported is a description cell as this tool's XLSX export writes it.
type exported struct {
	status, description, justification string // the answer the report carried
	verdict                            string // conformscan's verdict label
	vendorText                         string // every other line
}

// parseExported splits a description cell into the lines the export wrote
// (see gridDescription) and the text someone typed.
func parseExported(cell string) exported {
	var e exported
	var other []string
	for _, line := range strings.Split(cell, "\n") {
		label, value, known := exportedLine(line)
		switch label {
		case "answer":
			st, desc, _ := strings.Cut(value, " — ")
			e.status, e.description = strings.Trim(st, "—"), desc
		case "justification":
			e.justification = value
		case "verdict":
			e.verdict, _, _ = strings.Cut(value, " — ")
		}
		if !known && strings.TrimSpace(line) != "" {
			other = append(other, strings.TrimSpace(line))
		}
	}
	e.vendorText = strings.Join(other, "\n")
	return e
}

// exportedLine recognises one line written by gridDescription.
func exportedLine(line string) (label, value string, known bool) {
	prefixes := []struct{ p, label string }{
		{"Réponse du titulaire : ", "answer"}, {"Vendor's answer: ", "answer"},
		{"Justification : ", "justification"}, {"Justification: ", "justification"},
		{"Verdict conformscan : ", "verdict"}, {"conformscan verdict: ", "verdict"},
		{"Pièce jointe : ", "attachment"}, {"Attachment: ", "attachment"},
	}
	for _, p := range prefixes {
		if v, ok := strings.CutPrefix(line, p.p); ok {
			return p.label, strings.TrimSpace(v), true
		}
	}
	if label, _, ok := strings.Cut(strings.TrimPrefix(line, "["), "] "); ok && strings.HasPrefix(line, "[") {
		if _, _, known := statusWord(label); known && label != "" {
			return "result", "", true
		}
	}
	return "", "", false
}

// oneLine folds whitespace (newlines included) into single spaces and
// replaces control characters (C0, DEL, C1) and bidirectional overrides
// with U+FFFD: a cell's text quoted in an error must not drive the
// terminal. The same rule as the reports' one-line texts.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return utf8.RuneError
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
