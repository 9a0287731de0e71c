namespace Gongkai.Portal.PageBytes;

/// <summary>Passes the answer's bytes through to the client and keeps a copy, up to a limit, for the byte cache.</summary>
internal sealed class CaptureStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream copy = new();

    /// <summary>False once the answer outgrew the limit (it is then passed through and not stored).</summary>
    public bool Complete { get; private set; } = true;

    public byte[] ToArray() => copy.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Keep(buffer.AsSpan(offset, count));
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!Complete)
        {
            return;
        }
        if (copy.Length + bytes.Length > limit)
        {
            Complete = false;
            copy.SetLength(0);
            return;
        }
        copy.Write(bytes);
    }
}
