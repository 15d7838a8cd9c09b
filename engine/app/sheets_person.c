/* sheets_person.c: one interviewee's character sheet, in the second person,
 * for a workshop participant who plays them: who they are, their part, how
 * candor moves, what they know, how to answer, and how blame changes it. */
#include <stdio.h>
#include <string.h>
#include "core/interview.h"
#include "sheets.h"

typedef struct Disposition { const char *name, *plain; } Disposition;

/* The table's rows (interview.h) said as a person would feel them. */
static const Disposition DISPOSITIONS[] = {
    {"calm", "You are at ease talking about the incident and answer plainly. Genuine curiosity "
             "opens you up; blame or \"why didn't you\" makes you careful."},
    {"talkative", "You like to talk and share freely, often more than you were asked. Only real blame "
                  "makes you hold back."},
    {"defensive", "You expect to be blamed. You start guarded, warm up slowly to open questions, and "
                  "shut down fast at blame or \"why didn't you\"."},
    {"anxious", "You worry that this interview is about what you did wrong. Open, curious questions "
                "reassure you quickly; blame makes you freeze and say as little as you can."},
    {"new", "You are new here and not sure what is normal. Open questions help you a lot; yes/no "
            "questions neither help nor hurt."},
};

const char *sheets_disposition_name(const Interviewee *v)
{
    return v->disposition && *v->disposition ? v->disposition : "calm";
}

static const char *disposition_plain(const char *name)
{
    for (size_t i = 0; i < sizeof DISPOSITIONS / sizeof DISPOSITIONS[0]; i++)
        if (strcmp(name, DISPOSITIONS[i].name) == 0) return DISPOSITIONS[i].plain;
    return NULL;
}

/* "+6", "-20", "0": signed, with an ASCII minus so it reads the same anywhere. */
static const char *signed_num(int n, char *buf, size_t size)
{
    snprintf(buf, size, n > 0 ? "+%d" : "%d", n);
    return buf;
}

static void write_header(const Scenario *sc, const Interviewee *v, SheetText *t)
{
    const Person *p = &sc->people[v->person];
    sheet_add(t, "# %s\n\n", sheet_person_name(sc, v->person));
    sheet_add(t, "*Character sheet for \xE2\x80\x9C%s\xE2\x80\x9D%s%s%s. You play %s in a one-on-one interview "
              "with the investigator. Read it all before the interview, and keep it out of the "
              "investigator's sight.*\n\n", sc->meta.title ? sc->meta.title : sc->meta.id,
              sc->meta.company ? " (" : "", sc->meta.company ? sc->meta.company : "", sc->meta.company ? ")" : "",
              sheet_person_name(sc, v->person));
    sheet_add(t, "- **Role:** %s\n", p->role && *p->role ? p->role : "not given");
    sheet_add(t, "- **Team:** %s\n", p->team >= 0 ? sc->teams[p->team].name : "none");
    sheet_add(t, "- **On call during the incident:** %s\n", p->on_call ? "yes" : "no");
    if (p->notes && *p->notes) {
        sheet_add(t, "- **About you:** ");
        sheet_add_flat(t, p->notes, 0);
        sheet_add(t, "\n");
    }
    sheet_add(t, "\n");
    if (v->intro && *v->intro) {
        sheet_add(t, "**How you arrive:** ");
        sheet_add_flat(t, v->intro, 0);
        sheet_add(t, "\n\n");
    }
}

static bool rules_equal(const CandorRules *a, const CandorRules *b)
{
    return a->start == b->start && a->open == b->open && a->closed == b->closed && a->leading == b->leading &&
           a->blaming == b->blaming && a->counterfactual == b->counterfactual;
}

static void write_disposition(const Interviewee *v, SheetText *t)
{
    const char *name = sheets_disposition_name(v), *plain = disposition_plain(name);
    const CandorRules *r = &v->rules, row = interview_rules_for(name);
    char a[16], b[16];
    sheet_add(t, "## Your disposition: %s\n\n", name);
    if (plain) sheet_add(t, "%s\n\n", plain);
    else sheet_add(t, "The scenario calls you %s; the app plays it with the numbers of a calm person.\n\n", name);
    sheet_add(t, "**Candor** is how safe you feel talking, from 0 to 100. You start at **%d**. Every "
              "question moves it *before* you answer:\n\n", r->start);
    sheet_add(t, "- Open questions (open, cue, knowledge, goals, options, normal work, help): **%s**; the "
              "first question of the interview, when it is open, adds **%s** more for rapport.\n",
              signed_num(r->open, a, sizeof a), signed_num(INTERVIEW_RAPPORT, b, sizeof b));
    sheet_add(t, "- Closed, yes/no questions: **%s**\n", signed_num(r->closed, a, sizeof a));
    sheet_add(t, "- Leading questions, which put an answer in your mouth: **%s**\n", signed_num(r->leading, a, sizeof a));
    sheet_add(t, "- Blaming questions: **%s**\n", signed_num(r->blaming, a, sizeof a));
    sheet_add(t, "- Counterfactual questions (\"why didn't you\", \"you should have\"): **%s**\n\n",
              signed_num(r->counterfactual, a, sizeof a));
    if (!rules_equal(r, &row))
        sheet_add(t, "(The scenario sets some of these numbers for you; they differ from the usual %s ones.)\n\n", name);
    sheet_add(t, "Candor never goes below 0 or above 100. The higher it is, the more you say: see "
              "\xE2\x80\x9CHow to answer\xE2\x80\x9D.\n\n");
}

/* Facts are numbered in the order the scenario wrote them, so answers can
 * name them briefly. 0 when the fact is not this person's. */
static int fact_number(const Scenario *sc, int person, int fact)
{
    if (sc->facts[fact].person != person) return 0;
    int n = 0;
    for (int f = 0; f <= fact; f++) n += sc->facts[f].person == person;
    return n;
}

static bool fact_revealed_by_script(const Scenario *sc, int fact)
{
    for (int q = 0; q < sc->question_count; q++)
        for (int a = 0; a < sc->questions[q].answer_count; a++)
            for (int k = 0; k < sc->questions[q].answers[a].facts.n; k++)
                if (sc->questions[q].answers[a].facts.v[k] == fact) return true;
    return false;
}

static void write_facts(const Scenario *sc, int person, SheetText *t)
{
    sheet_add(t, "## What you know\n\nThings no source says. You share them only as far as you feel safe.\n\n");
    int n = 0;
    for (int f = 0; f < sc->fact_count; f++) {
        const Fact *fact = &sc->facts[f];
        if (fact->person != person) continue;
        char when[32];
        sheet_time(sc, fact->at, when, sizeof when);
        sheet_add(t, "%d. ", ++n);
        sheet_add_flat(t, fact->text, 0);
        if (when[0]) sheet_add(t, " *(about %s)*", when);
        if (!fact_revealed_by_script(sc, f))
            sheet_add(t, " *No scripted answer gives this away: keep it unless a question earns it.*");
        sheet_add(t, "\n");
    }
    if (!n) sheet_add(t, "Nothing beyond what the sources show.\n");
    sheet_add(t, "\n");
}

/* How a question's kind moves this person's candor, in words. */
static void write_kind(const Question *q, const CandorRules *r, SheetText *t)
{
    char a[16], b[16];
    const char *kind = model_question_kind_name(q->kind);
    sheet_add(t, "*%s %s question", strchr("aeiou", kind[0]) ? "An" : "A",
              strcmp(kind, "normal_work") == 0 ? "normal-work" : kind);
    if (model_question_kind_opens(q->kind) && q->kind != QUESTION_OPEN) sheet_add(t, ", which is an open kind");
    sheet_add(t, ": your candor moves by %s", signed_num(interview_candor_delta(r, q->kind, false), a, sizeof a));
    if (model_question_kind_opens(q->kind))
        sheet_add(t, " (%s if it is the first question)", signed_num(interview_candor_delta(r, q->kind, true), b, sizeof b));
    sheet_add(t, ".*");
    if (q->kind == QUESTION_LEADING || q->kind == QUESTION_BLAMING || q->kind == QUESTION_COUNTERFACTUAL)
        sheet_add(t, " *A blameless interview avoids this kind of question; if it comes, answer as below.*");
}

/* "Reveals fact 1.", "Reveals facts 2 and 3.", "Reveals nothing you know." */
static void write_reveals(const Scenario *sc, int person, const IdxList *facts, SheetText *t)
{
    if (!facts->n) {
        sheet_add(t, " *Reveals nothing you know.*");
        return;
    }
    sheet_add(t, " *Reveals fact%s ", facts->n > 1 ? "s" : "");
    for (int k = 0; k < facts->n; k++) {
        int num = fact_number(sc, person, facts->v[k]);
        sheet_add(t, "%s", k == 0 ? "" : k == facts->n - 1 ? " and " : ", ");
        if (num) sheet_add(t, "%d", num);
        else sheet_add(t, "\xE2\x80\x9C%s\xE2\x80\x9D", sc->facts[facts->v[k]].text);
    }
    sheet_add(t, ".*");
}

static void write_answers(const Scenario *sc, int person, const Question *q, SheetText *t)
{
    for (int a = 0; a < q->answer_count; a++) {
        const Answer *ans = &q->answers[a];
        bool last = a == q->answer_count - 1;
        if (ans->min_candor <= 0 && a == 0) sheet_add(t, "- **Whatever your candor:** ");
        else if (ans->min_candor <= 0) sheet_add(t, "- **Otherwise:** ");
        else sheet_add(t, "- **If you feel %ssafe (candor %d or more):** ", a == 0 ? "" : "fairly ", ans->min_candor);
        sheet_add(t, "\xE2\x80\x9C");
        sheet_add_flat(t, ans->text, 0);
        sheet_add(t, "\xE2\x80\x9D");
        write_reveals(sc, person, &ans->facts, t);
        sheet_add(t, "\n");
        if (ans->min_candor <= 0) break;        /* later answers can never be given */
        if (last) sheet_add(t, "- **Otherwise:** you deflect politely and say nothing of substance.\n");
    }
    if (!q->answer_count) sheet_add(t, "- You deflect politely and say nothing of substance.\n");
}

/* The number of the question of this interviewee that q waits for, when
 * its condition is "asked" (exact) or has one among any{}/all{} (not
 * exact: other evidence may lead to it too); 0 when there is none. */
static int question_number(const Scenario *sc, int iv, int question)
{
    int n = 0;
    for (int k = 0; k < sc->question_count; k++) {
        if (sc->questions[k].interviewee != iv) continue;
        n++;
        if (k == question) return n;
    }
    return 0;
}

static int asked_after(const Scenario *sc, const Question *q, bool *exact)
{
    *exact = false;
    if (q->cond < 0) return 0;
    const Cond *c = &sc->conds[q->cond];
    if (c->kind == COND_ASKED) {
        *exact = true;
        return question_number(sc, q->interviewee, c->target);
    }
    if (c->kind != COND_ANY && c->kind != COND_ALL) return 0;
    for (int k = 0; k < c->children.n; k++) {
        const Cond *child = &sc->conds[c->children.v[k]];
        int n = child->kind == COND_ASKED ? question_number(sc, q->interviewee, child->target) : 0;
        if (n) return n;
    }
    return 0;
}

static void write_questions(const Scenario *sc, int iv, SheetText *t)
{
    const Interviewee *v = &sc->interviewees[iv];
    sheet_add(t, "## How to answer\n\nThe questions the scenario expects, in its order. When one is asked, "
              "first move your candor by its kind, then give the first answer whose candor you reach. "
              "Say it in your own words if you like, but reveal no more than it does.\n\n");
    int n = 0;
    for (int k = 0; k < sc->question_count; k++) {
        const Question *q = &sc->questions[k];
        if (q->interviewee != iv) continue;
        sheet_add(t, "### %d. \xE2\x80\x9C", ++n);
        sheet_add_flat(t, q->text, 0);
        sheet_add(t, "\xE2\x80\x9D\n\n");
        write_kind(q, &v->rules, t);
        bool exact;
        int after = asked_after(sc, q, &exact);
        if (after) sheet_add(t, " *It comes %safter question %d.*", exact ? "" : "usually ", after);
        else if (q->cond >= 0) sheet_add(t, " *The app offers it only once the investigator has found what leads to it.*");
        sheet_add(t, "\n\n");
        write_answers(sc, v->person, q, t);
        sheet_add(t, "\n");
    }
    if (!n) sheet_add(t, "The scenario lists no questions for you: answer in the spirit of your facts.\n\n");
}

static void write_blamed(const Scenario *sc, int iv, SheetText *t)
{
    const Interviewee *v = &sc->interviewees[iv];
    const CandorRules *r = &v->rules;
    sheet_add(t, "## If you are blamed\n\n");
    sheet_add(t, "A blaming question lowers your candor by %d, a counterfactual one (\"why didn't you\") by %d, "
              "a leading one by %d. Blamed at the very start, you would drop from %d to %d. When you no "
              "longer feel safe, you fall back on your guarded answers:\n\n", -r->blaming, -r->counterfactual,
              -r->leading, r->start, interview_candor_clamp(r->start + r->blaming));
    for (int k = 0; k < sc->question_count; k++) {
        const Question *q = &sc->questions[k];
        if (q->interviewee != iv) continue;
        const Answer *low = q->answer_count ? &q->answers[q->answer_count - 1] : NULL;
        sheet_add(t, "- To \xE2\x80\x9C");
        sheet_add_flat(t, q->text, 0);
        if (low && low->min_candor <= 0) {
            sheet_add(t, "\xE2\x80\x9D: \xE2\x80\x9C");
            sheet_add_flat(t, low->text, 0);
            sheet_add(t, "\xE2\x80\x9D\n");
        } else {
            sheet_add(t, "\xE2\x80\x9D: you deflect and say nothing of substance.\n");
        }
    }
    if (v->holds_back && *v->holds_back) {
        sheet_add(t, "\n**What you keep back** (the app tells the investigator this after the interview): ");
        sheet_add_flat(t, v->holds_back, 0);
        sheet_add(t, "\n");
    }
    sheet_add(t, "\n");
}

static void write_facilitator(const Scenario *sc, const Interviewee *v, SheetText *t)
{
    const char *name = sheet_person_name(sc, v->person);
    sheet_add(t, "## For the facilitator: playing candor by hand\n\n");
    sheet_add(t, "1. Keep a tally for %s on paper, starting at %d.\n", name, v->rules.start);
    sheet_add(t, "2. For each question, agree on its kind: open (what, how, tell me; about cues, knowledge, "
              "goals, options, normal work or asking for help), closed (yes/no), leading, blaming or "
              "counterfactual. Add the move from \xE2\x80\x9CYour disposition\xE2\x80\x9D, keeping the tally "
              "between 0 and 100; the first question, when open, gets %d more.\n", INTERVIEW_RAPPORT);
    sheet_add(t, "3. %s gives the first answer whose candor the tally reaches. For a question not on this "
              "sheet, answer like the closest one, and reveal no more than it would.\n", name);
    sheet_add(t, "4. In the app each question uses %d minutes of the investigation's clock", v->minutes);
    if (v->available_from >= 0) sheet_add(t, ", and %s is free only from minute %d", name, v->available_from);
    if (v->available_until >= 0) sheet_add(t, ", and %s leaves after minute %d", name, v->available_until);
    if (v->away && *v->away) sheet_add(t, " (%s)", v->away);
    if (v->hours_from >= 0 && v->hours_from != v->hours_to)
        sheet_add(t, ", and %s works %02d:%02d-%02d:%02d in their own time zone", name, v->hours_from / 60,
                  v->hours_from % 60, v->hours_to / 60, v->hours_to % 60);
    sheet_add(t, ". If your workshop keeps a clock, keep it the same way.\n");
    if (v->holds_back && *v->holds_back)
        sheet_add(t, "5. Afterwards, read out \xE2\x80\x9CWhat you keep back\xE2\x80\x9D, so the group sees "
                  "what the questions earned and what blame would have cost.\n");
}

void sheets_person_write(const Scenario *sc, int iv, SheetText *t)
{
    const Interviewee *v = &sc->interviewees[iv];
    write_header(sc, v, t);
    sheets_events_write(sc, v->person, t);
    write_disposition(v, t);
    write_facts(sc, v->person, t);
    write_questions(sc, iv, t);
    write_blamed(sc, iv, t);
    write_facilitator(sc, v, t);
}
