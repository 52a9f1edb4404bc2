namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Per-connection temporary tables: concurrent API jobs and console runs never see each other's rows,
/// and nothing is left behind when a process is killed.
/// </summary>
internal static class StagingTables
{
    public const string Questions = "import_staging";
    public const string Tags = "import_staging_tags";
    public const string Keys = "import_keys";
    public const string Created = "import_created";

    // Collations match questions/question_tags so joins on external_id and tag use their indexes.
    public const string Create = $"""
        DROP TEMPORARY TABLE IF EXISTS {Questions}, {Tags}, {Keys}, {Created};
        CREATE TEMPORARY TABLE {Questions} (
            row_no          INT          NOT NULL PRIMARY KEY,
            file_no         INT          NOT NULL,
            external_id     VARCHAR(128) NOT NULL,
            facet_id        BIGINT       NOT NULL,
            type            VARCHAR(16)  NOT NULL,
            content         LONGTEXT     NOT NULL,
            content_hash    CHAR(64)     NOT NULL,
            search_text     MEDIUMTEXT   NOT NULL,
            difficulty      TINYINT      NOT NULL,
            irt_a           DOUBLE       NOT NULL,
            irt_b           DOUBLE       NOT NULL,
            irt_c           DOUBLE       NOT NULL,
            question_id     BIGINT       NULL,
            action          TINYINT      NOT NULL,
            content_changed TINYINT      NOT NULL,
            KEY ix_staging_question (question_id)
        ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
        CREATE TEMPORARY TABLE {Tags} (
            row_no INT         NOT NULL,
            tag    VARCHAR(64) NOT NULL,
            PRIMARY KEY (row_no, tag)
        ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
        CREATE TEMPORARY TABLE {Created} (
            row_no      INT          NOT NULL PRIMARY KEY,
            external_id VARCHAR(128) NOT NULL
        ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
        CREATE TEMPORARY TABLE {Keys} (
            external_id VARCHAR(128) NOT NULL,
            KEY ix_keys_external_id (external_id)
        ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
        """;

    public static readonly string[] QuestionColumns =
        [
            "row_no", "file_no", "external_id", "facet_id", "type", "content", "content_hash", "search_text", "difficulty",
            "irt_a", "irt_b", "irt_c", "question_id", "action", "content_changed",
        ];

    public static readonly string[] TagColumns = ["row_no", "tag"];

    public static readonly string[] KeyColumns = ["external_id"];

    public static readonly string[] CreatedColumns = ["row_no", "external_id"];

    /// <summary>New questions are loaded straight into questions: they cannot collide, so staging them would only copy content twice.</summary>
    public static readonly string[] NewQuestionColumns =
    [
        "external_id", "facet_id", "type", "status", "version", "content", "content_hash", "search_text", "difficulty",
        "irt_a", "irt_b", "irt_c", "irt_calibrated", "created_by", "created_at", "updated_at",
    ];
}
