namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>The real MariaDB and Redis that scripts/test started, with a database of this assembly's own.</summary>
internal static class TestEnvironment
{
    public const string Database = "learning_api_tests";
    public const string AdminEmail = "admin@example.test";
    public const string AdminPassword = "admin-password-for-tests";
    public const string ScraperToken = "metrics-scraper-token-for-tests";
    public const string SigningKey = "functional-tests-signing-key-0123456789abcdef";

    /// <summary>Made per run like a deployment's own key: nothing in the repository can read the secrets it protects.</summary>
    public static readonly string TotpEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    /// <summary>A fresh model directory per test run: models never leak between runs or into .data.</summary>
    public static readonly string ModelDirectory = Path.Combine(Path.GetTempPath(), "adaptive-models-" + Guid.NewGuid().ToString("N"));

    /// <summary>Shared by every host a test starts, as one directory is shared by API instances in production.</summary>
    public static readonly string UploadDirectory = Path.Combine(Path.GetTempPath(), "adaptive-uploads-" + Guid.NewGuid().ToString("N"));

    /// <summary>Shared by every host a test starts, like <see cref="UploadDirectory"/>.</summary>
    public static readonly string ExportDirectory = Path.Combine(Path.GetTempPath(), "adaptive-exports-" + Guid.NewGuid().ToString("N"));

    public static string Server =>
        Environment.GetEnvironmentVariable("ADAPTIVE_TEST_SERVER") ?? "Server=127.0.0.1;Port=3308;User ID=root;";

    public static string ConnectionString => $"{Server.TrimEnd(';')};Database={Database};AllowLoadLocalInfile=true;AllowUserVariables=true";

    public static string Redis =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis")
        ?? "127.0.0.1:6381,abortConnect=false,connectTimeout=500,syncTimeout=2000,asyncTimeout=2000";
}
