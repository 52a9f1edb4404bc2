using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>
/// The errors after which a transaction is worth running again: InnoDB picked it as a deadlock victim, it waited too long
/// for a row lock, or (on Galera) it lost certification to another node's write, which MariaDB reports as a deadlock.
/// </summary>
internal static class DatabaseConflicts
{
    public const string OperationTag = "db.operation";
    public const string ErrorTag = "error.type";
    public const string CardTransaction = "card_transaction";
    public const string JobClaim = "job_claim";

    public static readonly string[] Operations = [CardTransaction, JobClaim];
    public static readonly MySqlErrorCode[] Errors = [MySqlErrorCode.LockDeadlock, MySqlErrorCode.LockWaitTimeout];

    public static bool IsConflict(MySqlException e) => Errors.Contains(e.ErrorCode);

    public static string ErrorName(MySqlErrorCode error) => error == MySqlErrorCode.LockDeadlock ? "deadlock" : "lock_wait_timeout";
}
