using System.Data;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Persistence;

/// <summary>
/// Every DATETIME column holds UTC. MySqlConnector reads them back as DateTime with Kind
/// Unspecified, so this handler stamps them as UTC offsets.
/// </summary>
internal sealed class UtcDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTime;
        parameter.Value = value.UtcDateTime;
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        DateTimeOffset dto => dto.ToUniversalTime(),
        _ => throw new DataException($"Cannot convert {value.GetType()} to DateTimeOffset."),
    };
}
