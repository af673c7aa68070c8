namespace PaperBot.Data.Database;

/// <summary>
/// The database schema, as numbered migrations recorded in <c>PRAGMA user_version</c>. A migration is never
/// edited once released: add the next one.
/// </summary>
internal static class Schema
{
    public const int CurrentVersion = 10;

    public static readonly IReadOnlyList<string> Version1 =
    [
        """
        CREATE TABLE papers(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            norm_title TEXT NOT NULL,
            abstract TEXT NOT NULL,
            arxiv_id TEXT,
            published_on TEXT,
            daily_date TEXT,
            authors TEXT,
            author_count INTEGER,
            organization TEXT,
            upvotes INTEGER,
            github_url TEXT,
            project_url TEXT,
            source_summary TEXT,
            keywords TEXT,
            added_at TEXT NOT NULL)
        """,
        "CREATE INDEX papers_norm_title ON papers(norm_title)",
        "CREATE UNIQUE INDEX papers_arxiv_id ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL",
        "CREATE INDEX papers_daily_date ON papers(daily_date)",
        """
        CREATE TABLE source_files(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            entries INTEGER NOT NULL,
            ingested_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE paper_sources(
            paper_id INTEGER NOT NULL REFERENCES papers(id),
            source_id INTEGER NOT NULL REFERENCES source_files(id),
            line INTEGER NOT NULL,
            PRIMARY KEY(paper_id, source_id, line)) WITHOUT ROWID
        """,
        """
        CREATE VIRTUAL TABLE papers_fts USING fts5(
            title, abstract,
            content='papers', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')
        """,
        // Rank by BM25 with the title weighted 4x over the abstract: a word in the title says far more about the paper.
        "INSERT INTO papers_fts(papers_fts, rank) VALUES('rank', 'bm25(4.0, 1.0)')",
    ];

    /// <summary>
    /// Vectors and memory for the assistant. Existing papers get their sparse vectors in the same migration
    /// (see <see cref="SqliteDatabase"/>), so a v1 file upgrades in place.
    /// </summary>
    public static readonly IReadOnlyList<string> Version2 =
    [
        // One compact BLOB per paper (its top terms and their counts, see TermVector) rather than a row per term:
        // one insert per paper keeps the ingest hot path close to bare SQLite. No REFERENCES clause: the foreign-key
        // check made that insert ten times slower, and only PaperWriter writes these rows, for papers it just wrote.
        """
        CREATE TABLE paper_terms(
            paper_id INTEGER PRIMARY KEY,
            terms BLOB NOT NULL)
        """,
        // Document frequencies of those terms, for IDF at query time; the row with the empty term counts the papers.
        "CREATE TABLE term_df(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO term_df(term, df) VALUES('', 0)",
        """
        CREATE TABLE paper_embeddings(
            model TEXT NOT NULL,
            paper_id INTEGER NOT NULL REFERENCES papers(id),
            vector BLOB NOT NULL,
            PRIMARY KEY(model, paper_id))
        """,
        """
        CREATE TABLE conversation_turns(
            id INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            cited_ids TEXT,
            at TEXT NOT NULL)
        """,
        "CREATE INDEX conversation_turns_conversation ON conversation_turns(conversation_id, id)",
        // Date ranges (recent papers, highlights) and the oldest/newest figures of `stats` without a scan.
        "CREATE INDEX papers_published_on ON papers(published_on)",
    ];

    /// <summary>Daily highlights: subscriptions, the post log that makes each day's post happen once, and what each channel was shown.</summary>
    public static readonly IReadOnlyList<string> Version3 =
    [
        // AUTOINCREMENT: an id is never reused, so a new subscription can never inherit a removed one's post log.
        """
        CREATE TABLE subscriptions(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            post_at TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            topic TEXT,
            topic_key TEXT NOT NULL,
            count INTEGER NOT NULL,
            skip_empty_days INTEGER NOT NULL,
            paused_reason TEXT,
            created_at TEXT NOT NULL,
            saved_at TEXT NOT NULL)
        """,
        "CREATE UNIQUE INDEX subscriptions_channel_topic ON subscriptions(channel_id, topic_key)",
        // One row per (subscription, local day), written before the send: the unique key is what makes a post happen once.
        // No REFERENCES clause: the log outlives a removed subscription as history.
        """
        CREATE TABLE highlight_posts(
            id INTEGER PRIMARY KEY,
            subscription_id INTEGER NOT NULL,
            local_day TEXT NOT NULL,
            nonce TEXT NOT NULL,
            state TEXT NOT NULL,
            message_id TEXT,
            attempts INTEGER NOT NULL,
            paper_ids TEXT,
            reason TEXT,
            next_attempt_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(subscription_id, local_day))
        """,
        """
        CREATE TABLE posted_papers(
            channel_id TEXT NOT NULL,
            paper_id INTEGER NOT NULL,
            posted_at TEXT NOT NULL,
            PRIMARY KEY(channel_id, paper_id, posted_at)) WITHOUT ROWID
        """,
        "CREATE INDEX posted_papers_channel_time ON posted_papers(channel_id, posted_at)",
    ];

    /// <summary>
    /// Term vectors stemmed as the search index stems (Porter, see <c>PorterStemmer</c>): the old ones are dropped here
    /// and rebuilt by <c>TermBackfill</c> in the same migration.
    /// </summary>
    public static readonly IReadOnlyList<string> Version4 =
    [
        "DELETE FROM paper_terms",
        "DELETE FROM term_df",
        "INSERT INTO term_df(term, df) VALUES('', 0)",
    ];

    /// <summary>The papers each conversation was shown last, in the order shown: what "it" and "the second one" refer to.</summary>
    public static readonly IReadOnlyList<string> Version5 =
    [
        "CREATE TABLE conversation_shown(conversation_id TEXT PRIMARY KEY, paper_ids TEXT NOT NULL) WITHOUT ROWID",
    ];

    /// <summary>
    /// Members' own papers: their libraries (private to each member), the channels' reading lists (shared), votes on
    /// PaperBot's paper messages, and which messages those are (so a reaction elsewhere counts for nothing).
    /// </summary>
    public static readonly IReadOnlyList<string> Version6 =
    [
        """
        CREATE TABLE library_items(
            member_id TEXT NOT NULL,
            paper_id INTEGER NOT NULL REFERENCES papers(id),
            tags TEXT NOT NULL,
            note TEXT,
            saved_at TEXT NOT NULL,
            PRIMARY KEY(member_id, paper_id))
        """,
        "CREATE INDEX library_items_member_saved ON library_items(member_id, saved_at DESC)",
        """
        CREATE TABLE reading_list_items(
            channel_id TEXT NOT NULL,
            paper_id INTEGER NOT NULL REFERENCES papers(id),
            added_by TEXT NOT NULL,
            note TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY(channel_id, paper_id))
        """,
        "CREATE INDEX reading_list_items_added_by ON reading_list_items(added_by)",
        """
        CREATE TABLE paper_messages(
            message_id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            paper_ids TEXT NOT NULL,
            sent_at TEXT NOT NULL) WITHOUT ROWID
        """,
        // One vote per member per message: the key is what makes a repeated reaction count once.
        """
        CREATE TABLE paper_votes(
            message_id TEXT NOT NULL,
            member_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            paper_id INTEGER NOT NULL,
            voted_at TEXT NOT NULL,
            PRIMARY KEY(message_id, member_id)) WITHOUT ROWID
        """,
        "CREATE INDEX paper_votes_channel_time ON paper_votes(channel_id, voted_at)",
        "CREATE INDEX paper_votes_member ON paper_votes(member_id)",
    ];

    /// <summary>
    /// The DM channels each member used PaperBot in: a DM's conversation id is its channel id, which names no member, so
    /// <c>/forget-me</c> needs this to find the member's conversations.
    /// </summary>
    public static readonly IReadOnlyList<string> Version7 =
    [
        """
        CREATE TABLE member_channels(
            member_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            PRIMARY KEY(member_id, channel_id)) WITHOUT ROWID
        """,
    ];

    /// <summary>
    /// Follows and their digests: what each member follows (authors, topics) and the digest log that makes each
    /// (member, period) DM happen once, written before the send like <c>highlight_posts</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> Version8 =
    [
        """
        CREATE TABLE follows(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            member_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            text_key TEXT NOT NULL,
            period TEXT NOT NULL,
            paused_reason TEXT,
            created_at TEXT NOT NULL,
            UNIQUE(member_id, kind, text_key))
        """,
        // One row per (member, period key): a day key ("2026-12-07") and a week key ("2026-W49") never collide.
        """
        CREATE TABLE digest_posts(
            id INTEGER PRIMARY KEY,
            member_id TEXT NOT NULL,
            period_key TEXT NOT NULL,
            nonce TEXT NOT NULL,
            state TEXT NOT NULL,
            message_id TEXT,
            attempts INTEGER NOT NULL,
            paper_ids TEXT,
            reason TEXT,
            next_attempt_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(member_id, period_key))
        """,
    ];

    /// <summary>
    /// arXiv categories (the snapshot's space-separated <c>categories</c>, e.g. "cs.CL cs.LG"), kept on the paper and
    /// one row per (category, paper) so a category filter reads an index, not every paper; and the log of papers whose
    /// words changed after they were first written, which the word index beside the database replays (see
    /// <c>Search/Words</c>). Inserts need no log: a new paper has a rowid above everything the index covers.
    /// </summary>
    public static readonly IReadOnlyList<string> Version9 =
    [
        "ALTER TABLE papers ADD COLUMN categories TEXT",
        """
        CREATE TABLE paper_categories(
            category TEXT NOT NULL,
            paper_id INTEGER NOT NULL REFERENCES papers(id),
            PRIMARY KEY(category, paper_id)) WITHOUT ROWID
        """,
        "CREATE INDEX paper_categories_paper ON paper_categories(paper_id)",
        // AUTOINCREMENT: a sequence number is never reused, so "changes after N" stays true after old rows are pruned.
        "CREATE TABLE word_changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, paper_id INTEGER NOT NULL)",
        """
        CREATE TRIGGER papers_words_updated AFTER UPDATE OF title, abstract ON papers
        WHEN old.title IS NOT new.title OR old.abstract IS NOT new.abstract
        BEGIN INSERT INTO word_changes(paper_id) VALUES (new.id); END
        """,
        """
        CREATE TRIGGER papers_words_deleted AFTER DELETE ON papers
        BEGIN INSERT INTO word_changes(paper_id) VALUES (old.id); END
        """,
    ];

    /// <summary>
    /// The claim on a post that is being sent: which process holds it and until when (see <c>PostClaimLease</c>), so two
    /// PaperBots on one database never send the same (subscription, day) side by side. Rows already <c>sending</c> have
    /// no claim, so whichever process looks first takes them over.
    /// </summary>
    public static readonly IReadOnlyList<string> Version10 =
    [
        "ALTER TABLE highlight_posts ADD COLUMN claimed_by TEXT",
        "ALTER TABLE highlight_posts ADD COLUMN claimed_until TEXT",
    ];
}
