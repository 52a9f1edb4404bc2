using System.Buffers;
using System.Globalization;
using System.Text;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Rows in the text format LOAD DATA reads by default: tab-separated, backslash escapes, newline-terminated.</summary>
internal sealed class TsvWriter(Stream stream) : IDisposable
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\\t\n\r\0");
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
    private bool _lineStarted;

    public TsvWriter Field(string value)
    {
        Separator();
        var rest = value.AsSpan();
        for (var at = rest.IndexOfAny(Special); at >= 0; at = rest.IndexOfAny(Special))
        {
            _writer.Write(rest[..at]);
            _writer.Write(rest[at] switch { '\\' => "\\\\", '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", _ => "\\0" });
            rest = rest[(at + 1)..];
        }
        _writer.Write(rest);
        return this;
    }

    public TsvWriter Field(long value)
    {
        Separator();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public TsvWriter Field(double value)
    {
        Separator();
        _writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public TsvWriter Field(DateTime utc)
    {
        Separator();
        _writer.Write(utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        return this;
    }

    public TsvWriter Null()
    {
        Separator();
        _writer.Write("\\N");
        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _lineStarted = false;
    }

    public void Dispose() => _writer.Dispose();

    private void Separator()
    {
        if (_lineStarted) _writer.Write('\t');
        _lineStarted = true;
    }
}
