package checks

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/goccy/go-yaml/ast"

	"conformscan/inputs"
)

// AnswersFile is the vendor's or the IT department's answers to the refs
// that a probe cannot decide (the PAS boxes "Description de la prise en
// charge").
type AnswersFile struct {
	Version  int      `yaml:"version" json:"version"`
	Solution string   `yaml:"solution" json:"solution,omitempty"`
	Vendor   string   `yaml:"vendor" json:"vendor,omitempty"`
	Answers  []Answer `yaml:"answers" json:"entries"`
}

// Answer is one ref's answer.
type Answer struct {
	Ref string `yaml:"ref" json:"ref"`
	// Status is conforme, non-conforme, na, or empty (not answered yet).
	Status        string `yaml:"status" json:"status"`
	Description   string `yaml:"description" json:"description,omitempty"`
	Justification string `yaml:"justification" json:"justification,omitempty"`
	// Evidence lists attached files, relative to the answers file.
	Evidence   []string `yaml:"evidence" json:"-"`
	AnsweredBy string   `yaml:"answered_by" json:"answered_by,omitempty"`
	Date       string   `yaml:"date" json:"date,omitempty"`
	// Files are the attached files, hashed.
	Files []AttachedFile `yaml:"-" json:"files,omitempty"`
	// Line is where the answer starts in the file.
	Line int `yaml:"-" json:"line"`
}

// AttachedFile is an evidence file with its hash.
type AttachedFile struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Answer statuses as written in the file.
const (
	AnswerConforme    = "conforme"
	AnswerNonConforme = "non-conforme"
	AnswerNA          = "na"
)

// Answers is a loaded answers file.
type Answers struct {
	Path   string `json:"file"`
	SHA256 string `json:"sha256"`
	// Sheet is the workbook sheet the answers were read from (XLSX).
	Sheet string       `json:"sheet,omitempty"`
	File  *AnswersFile `json:"-"`
	// Problems are defects that do not stop the scan but make a ref's
	// answer unusable (an N/A without justification, a missing file); the
	// ref is reported as error.
	Problems []string `json:"errors"`
	// problemRefs maps a ref to its problem.
	problemRefs map[string]string
}

// Entries returns the answers, for reports.
func (a *Answers) Entries() []Answer {
	if a == nil || a.File == nil {
		return nil
	}
	return a.File.Answers
}

// AnswersOptions tune how an answers file is loaded.
type AnswersOptions struct {
	// AttachmentsDir is the folder evidence paths are relative to, and
	// that attached files must stay inside; empty means the answers
	// file's own folder.
	AttachmentsDir string
}

// MaxAttachmentSize bounds one attached file: evidence is a signed PDF,
// a certificate or a report, not an archive of the solution.
const MaxAttachmentSize = 256 << 20

// LoadAnswers reads and validates an answers file and hashes its
// attachments under ctx. A syntax error, an unknown field, an unknown ref
// or status, a bad date, a file over the YAML bounds (see package inputs) or an
// attachment that is not a regular file inside the attachments folder is
// an error naming the line and the field; the caller exits with a usage
// error. A missing attachment only makes its ref's answer unusable.
func LoadAnswers(ctx context.Context, path string, cat *Catalogue, opts AnswersOptions) (*Answers, error) {
	data, err := inputs.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("answers file: %w", err)
	}
	return parseAnswers(ctx, data, path, cat, opts)
}

// ParseAnswers validates the bytes of an answers file; path names it in
// messages and its folder holds the attachments, hashed under ctx.
func ParseAnswers(ctx context.Context, data []byte, path string, cat *Catalogue) (*Answers, error) {
	return parseAnswers(ctx, data, path, cat, AnswersOptions{})
}

func parseAnswers(ctx context.Context, data []byte, path string, cat *Catalogue, opts AnswersOptions) (*Answers, error) {
	var af AnswersFile
	file, err := inputs.Decode(data, path, &af)
	if errors.Is(err, inputs.ErrLimit) {
		return nil, fmt.Errorf("answers file %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("answers file %s\n(check the YAML syntax and the field names; quote refs: ref: \"8.10\"; 'conformscan answers init' prints a valid template)", Clip(err.Error(), 2000))
	}
	loc := answerLocator{path: path, file: file}
	if af.Version != 0 && af.Version != 1 {
		return nil, fmt.Errorf("%s:%d: version: %d is not supported (use 1)", path, loc.line("version"), af.Version)
	}
	sum := sha256.Sum256(data)
	return ValidateAnswers(ctx, &af, path, hex.EncodeToString(sum[:]), loc, cat, opts)
}

// AnswerLocator names where an answer and its fields are, for messages:
// "file:line: answers[i].field" for YAML; a workbook names its sheet, row
// and column.
type AnswerLocator interface {
	// Line is where answer i starts (a line, or a row).
	Line(i int) int
	// At names answer i's field.
	At(i int, field string) string
}

// ValidateAnswers normalises and validates answers read from any format
// (sum is the file's SHA-256 in hex) and hashes their attachments under ctx.
func ValidateAnswers(ctx context.Context, af *AnswersFile, path, sum string, loc AnswerLocator, cat *Catalogue, opts AnswersOptions) (*Answers, error) {
	a := &Answers{Path: path, SHA256: sum, File: af, Problems: []string{}, problemRefs: map[string]string{}}
	att := &attachments{dir: opts.AttachmentsDir, relativeTo: "--attachments-dir " + opts.AttachmentsDir, loc: loc}
	if att.dir == "" {
		att.dir, att.relativeTo = filepath.Dir(path), "the answers file"
	}
	defer att.close()
	seen := map[string]int{}
	for i := range af.Answers {
		an := &af.Answers[i]
		an.Line = loc.Line(i)
		if err := validateAnswer(an, i, seen, cat, loc); err != nil {
			return nil, err
		}
		if an.Status == AnswerNA && strings.TrimSpace(an.Justification) == "" {
			a.problem(an.Ref, fmt.Sprintf("%s: ref %s is answered na without justification (the grid requires one)", loc.At(i, "justification"), an.Ref))
		}
		if err := att.hashAll(ctx, a, an, i); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// problem records a defect that makes ref's answer unusable.
func (a *Answers) problem(ref, msg string) {
	a.Problems = append(a.Problems, msg)
	a.problemRefs[ref] = msg
}

// answerLocator turns YAML paths into "file:line: field" for messages.
type answerLocator struct {
	path string
	file *ast.File
}

func (l answerLocator) line(p string) int {
	return inputs.Locate(l.file, p)
}

// Line is where answer i starts.
func (l answerLocator) Line(i int) int {
	return l.line(fmt.Sprintf("answers[%d]", i))
}

// At names answer i's field with its line (or the answer's).
func (l answerLocator) At(i int, field string) string {
	return fmt.Sprintf("%s:%d: answers[%d].%s", l.path, l.line(fmt.Sprintf("answers[%d].%s", i, field)), i, field)
}

// validateAnswer normalises one answer and refuses what cannot be read.
func validateAnswer(an *Answer, i int, seen map[string]int, cat *Catalogue, loc AnswerLocator) error {
	an.Ref = strings.TrimSpace(an.Ref)
	if an.Ref == "" {
		return fmt.Errorf("%s: the ref is missing", loc.At(i, "ref"))
	}
	if _, ok := cat.Get(an.Ref); !ok {
		return fmt.Errorf("%s: unknown ref %q (refs go from 2.1 to 13.20; quote them: ref: \"8.10\")", loc.At(i, "ref"), Clip(an.Ref, 40))
	}
	if j, dup := seen[an.Ref]; dup {
		return fmt.Errorf("%s: ref %s is answered twice (also answers[%d])", loc.At(i, "ref"), an.Ref, j)
	}
	seen[an.Ref] = i
	an.Status = strings.ToLower(strings.TrimSpace(an.Status))
	switch an.Status {
	case "", AnswerConforme, AnswerNonConforme, AnswerNA:
	default:
		return fmt.Errorf("%s: %q is not a status: use conforme, non-conforme or na (or leave it empty)", loc.At(i, "status"), Clip(an.Status, 40))
	}
	if an.Date != "" {
		if _, err := time.Parse("2006-01-02", an.Date); err != nil {
			return fmt.Errorf("%s: %q is not a date: use YYYY-MM-DD", loc.At(i, "date"), Clip(an.Date, 40))
		}
	}
	return nil
}

// attachments hashes evidence files inside one folder, opened once as an
// os.Root so that neither "..", absolute paths nor symlinks lead out of it.
type attachments struct {
	dir        string
	relativeTo string // how messages name dir
	loc        AnswerLocator
	root       *os.Root
}

func (t *attachments) close() {
	if t.root != nil {
		t.root.Close()
	}
}

// hashAll hashes the evidence of answer i. A missing file is a problem of
// the answer; anything else that is not a regular file inside the folder
// is an error; an interrupted context stops the load.
func (t *attachments) hashAll(ctx context.Context, a *Answers, an *Answer, i int) error {
	for k, ev := range an.Evidence {
		where := t.loc.At(i, fmt.Sprintf("evidence[%d]", k))
		f, err := t.hash(ctx, ev)
		switch {
		case err == nil:
			f.Path = ev
			an.Files = append(an.Files, f)
		case ctx.Err() != nil:
			return fmt.Errorf("%s: hashing attached file %q interrupted: %w", where, ev, interruption(ctx))
		case errors.Is(err, fs.ErrNotExist):
			a.problem(an.Ref, fmt.Sprintf("%s: attached file %q: not found (paths are relative to %s)", where, ev, t.relativeTo))
		default:
			return fmt.Errorf("%s: attached file %q: %w", where, Clip(ev, 200), err)
		}
	}
	return nil
}

// interruption is ctx's error, with its cause when it says more.
func interruption(ctx context.Context) error {
	err := ctx.Err()
	if c := context.Cause(ctx); c != nil && c != err {
		return fmt.Errorf("%w (%v)", err, c)
	}
	return err
}

// hash returns the size and SHA-256 of a regular file inside the folder.
func (t *attachments) hash(ctx context.Context, name string) (AttachedFile, error) {
	if filepath.IsAbs(name) {
		return AttachedFile{}, fmt.Errorf("absolute paths are not accepted: give a path relative to %s (or name another folder with --attachments-dir)", t.dir)
	}
	if t.root == nil {
		root, err := os.OpenRoot(t.dir)
		if err != nil {
			return AttachedFile{}, fmt.Errorf("opening the attachments folder: %w (check --attachments-dir)", err)
		}
		t.root = root
	}
	f, err := t.root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return AttachedFile{}, err
		}
		return AttachedFile{}, fmt.Errorf("%w: attached files must be regular files inside %s (symlinks may not lead out of it)", err, t.dir)
	}
	f, fi, err := inputs.CheckRegular(f)
	if err != nil {
		return AttachedFile{}, fmt.Errorf("%w; attach a copy of the document inside %s", err, t.dir)
	}
	defer f.Close()
	if fi.Size() > MaxAttachmentSize {
		return AttachedFile{}, fmt.Errorf("%d bytes, over the limit of %d: attach a smaller document (an excerpt, or the archive's hash in the description)", fi.Size(), int64(MaxAttachmentSize))
	}
	return hashReader(ctx, f)
}

// hashReader hashes at most MaxAttachmentSize bytes in chunks, checking
// ctx between chunks.
func hashReader(ctx context.Context, r io.Reader) (AttachedFile, error) {
	h := sha256.New()
	buf := make([]byte, 1<<20)
	var n int64
	for {
		if err := ctx.Err(); err != nil {
			return AttachedFile{}, err
		}
		m, err := r.Read(buf)
		h.Write(buf[:m])
		if n += int64(m); n > MaxAttachmentSize {
			return AttachedFile{}, fmt.Errorf("the file grew past the limit of %d bytes while it was read", int64(MaxAttachmentSize))
		}
		if err == io.EOF {
			return AttachedFile{Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
		}
		if err != nil {
			return AttachedFile{}, err
		}
	}
}

// AnswerResults turns the answers for the selected refs into results, and
// gives every selected ref that has neither a measured result nor an answer
// a manual result, so that every box of the grid is filled.
func AnswerResults(refs []Ref, measured []Result, a *Answers, lang Lang, at time.Time) []Result {
	has := map[string]bool{}
	for _, r := range measured {
		has[r.Ref] = true
	}
	byRef := map[string]*Answer{}
	if a != nil && a.File != nil {
		for i := range a.File.Answers {
			byRef[a.File.Answers[i].Ref] = &a.File.Answers[i]
		}
	}
	var out []Result
	for _, ref := range refs {
		an := byRef[ref.Ref]
		if an == nil || an.Status == "" {
			if has[ref.Ref] {
				continue
			}
			summary := lang.T("Non renseigné : réponse attendue du titulaire ou de la DSI dans le fichier de réponses.",
				"Not answered: the vendor or the IT department must answer it in the answers file.")
			if ref.Kind != KindDocument {
				summary = lang.T("Non mesuré automatiquement par cette version : réponse attendue dans le fichier de réponses.",
					"Not measured automatically by this version: answer it in the answers file.")
			}
			out = append(out, Result{Ref: ref.Ref, Level: ref.Level, Title: ref.LocalTitle(lang), Check: "answers",
				Status: StatusManual, Summary: summary, Evidence: []Evidence{}})
			continue
		}
		out = append(out, answerResult(ref, an, a, lang, at))
	}
	return out
}

func answerResult(ref Ref, an *Answer, a *Answers, lang Lang, at time.Time) Result {
	r := Result{Ref: ref.Ref, Level: ref.Level, Title: ref.LocalTitle(lang), Check: "answers", Evidence: []Evidence{}}
	who := an.AnsweredBy
	if who == "" {
		who = lang.T("auteur non indiqué", "author not given")
	}
	when := an.Date
	if when == "" {
		when = lang.T("date non indiquée", "date not given")
	}
	source := fmt.Sprintf("%s:%d", a.Path, an.Line)
	if a.Sheet != "" {
		source = fmt.Sprintf("%s, %s %q, %s %d", a.Path, lang.T("feuille", "sheet"), a.Sheet, lang.T("ligne", "row"), an.Line)
	}
	switch an.Status {
	case AnswerConforme:
		r.Status = StatusPass
		r.Summary = lang.T("Attesté conforme par "+who+" ("+when+").", "Attested compliant by "+who+" ("+when+").")
	case AnswerNonConforme:
		r.Status = StatusFail
		r.Summary = lang.T("Déclaré non conforme par "+who+" ("+when+").", "Declared non-compliant by "+who+" ("+when+").")
	case AnswerNA:
		r.Status = StatusNA
		r.Summary = lang.T("Déclaré non applicable par "+who+" ("+when+").", "Declared not applicable by "+who+" ("+when+").")
	}
	if p, bad := a.problemRefs[ref.Ref]; bad {
		r.Status = StatusError
		r.Summary = lang.T("Réponse inexploitable : ", "Unusable answer: ") + p
	}
	observed := an.Description
	if an.Status == AnswerNA {
		observed = strings.TrimSpace(an.Justification + " " + an.Description)
	}
	r.Evidence = append(r.Evidence, Evidence{
		Rule:     "CHM-" + ref.Ref + "/ATTESTATION",
		Observed: observed,
		Expected: lang.T("prise en charge décrite par le titulaire (N/A justifié)", "measure described by the vendor (N/A justified)"),
		Source:   source,
		Excerpt:  fmt.Sprintf("status: %s; answered_by: %s; date: %s", an.Status, who, when),
		At:       at,
	})
	for _, f := range an.Files {
		r.Evidence = append(r.Evidence, Evidence{
			Rule:     "CHM-" + ref.Ref + "/PIECE-JOINTE",
			Observed: fmt.Sprintf("%s (%d %s)", f.Path, f.Size, lang.T("octets", "bytes")),
			Expected: lang.T("pièce justificative jointe", "supporting document attached"),
			Source:   source,
			Excerpt:  "sha256:" + f.SHA256,
			At:       at,
		})
	}
	return r
}

// AnswersTemplate prints a YAML template of the refs to answer: the
// documentary ones and those no check measures yet (all refs with all).
func AnswersTemplate(cat *Catalogue, all bool, w io.Writer) error {
	var b strings.Builder
	b.WriteString(`# Fichier de réponses conformscan — exigences de sécurité du CH du Mans.
# Une entrée par exigence que seul le titulaire ou la DSI peut renseigner.
#   status        : conforme | non-conforme | na   (vide = non renseigné, reste MANUEL)
#   description   : la « Description de la prise en charge par le titulaire »
#   justification : obligatoire si status est na
#   evidence      : fichiers joints (chemins relatifs à ce fichier), hachés en SHA-256 dans le rapport
#   answered_by   : nom et fonction de la personne qui répond
#   date          : AAAA-MM-JJ
# YAML strict : un champ inconnu, une clé en double, une valeur du mauvais type sont refusés (fichier:ligne).
# Une ref se lit telle qu'écrite (ref: "8.10" est 8.10, jamais 8.1) ; gardez les guillemets.
# Utilisation : conformscan scan --answers ce-fichier.yaml ...
version: 1
solution: ""
vendor: ""
answers:
`)
	section := ""
	for _, r := range cat.Refs {
		if !all && len(r.Checks) > 0 {
			continue
		}
		if r.Section != section {
			section = r.Section
			fmt.Fprintf(&b, "\n  # ===== %s. %s =====\n", r.Section, r.SectionTitle)
		}
		fmt.Fprintf(&b, "\n  # %s [%s] %s\n", r.Ref, r.Level, r.Title)
		for _, l := range wrap(r.Text, 100) {
			if l == "" {
				b.WriteString("  #\n")
			} else {
				fmt.Fprintf(&b, "  #   %s\n", l)
			}
		}
		fmt.Fprintf(&b, "  - ref: %q\n    status: \"\"\n    description: \"\"\n    justification: \"\"\n    evidence: []\n    answered_by: \"\"\n    date: \"\"\n", r.Ref)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap cuts text into lines of at most width runes at spaces.
func wrap(text string, width int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := ""
		for _, w := range words {
			if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
				out = append(out, line)
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return out
}
