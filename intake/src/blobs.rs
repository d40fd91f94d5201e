//! Where ciphertexts live: an `object_store` store (a local directory by default) with one
//! layout for every part of a submission, and the staging files that resumable uploads grow
//! in before they are complete.
//!
//! ```text
//! <root>/staging/<sid>/<aid>                       an upload in progress (appended to)
//! <root>/submissions/<sid>/attachments/<aid>.jwe   a complete attachment
//! <root>/submissions/<sid>/metadata.jwe            written on submit
//! <root>/submissions/<sid>/data.jwe                written on submit
//! ```
//!
//! The store is a local folder by default, or any store `object_store` reads from a URL
//! (`--blob-store s3://bucket/prefix`, credentials and endpoint from the `AWS_*` environment),
//! so several intake processes can share one.
//!
//! Why staging files are written directly and not through `object_store`: an upload is
//! appended to across many requests and must survive a server restart at the offset it
//! reported (tus), and `object_store` has no append. So the bytes go to a local file (in the
//! data folder, at the path the local store maps the staging key to), synced before each
//! answer. A complete upload is moved into place: by a file rename when the store is the local
//! folder (no byte written twice), or streamed into the remote store as a multipart upload.
//! Staging is per process: an upload continued on another process than the one it began on
//! is told offset 0 there and starts again (correct, only slower; a load balancer keeps a
//! client on one process).

use std::path::{Path as FsPath, PathBuf};

use bytes::Bytes;
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use std::sync::Arc;

/// The blob store of one server.
#[derive(Debug)]
pub struct Blobs {
    /// The data folder's store: staging files, and complete ciphertexts unless `remote`.
    local: LocalFileSystem,
    /// A shared store for complete ciphertexts (`--blob-store`), if configured.
    remote: Option<Arc<dyn ObjectStore>>,
}

/// Which ciphertext of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Metadata,
    Data,
    Attachment(&'a str),
}

impl Blobs {
    /// The store in `root` (created if missing), with complete ciphertexts in the store at
    /// `remote` (an `object_store` URL such as `s3://bucket/prefix`) if one is given.
    pub fn open(root: &FsPath, remote: Option<&str>) -> std::io::Result<Blobs> {
        std::fs::create_dir_all(root)?;
        let local = LocalFileSystem::new_with_prefix(root)
            .map_err(std::io::Error::other)?
            .with_automatic_cleanup(true);
        let remote = match remote {
            None => None,
            Some(url) => Some(Self::remote(url)?),
        };
        Ok(Blobs { local, remote })
    }

    fn remote(url: &str) -> std::io::Result<Arc<dyn ObjectStore>> {
        let parsed = url::Url::parse(url).map_err(std::io::Error::other)?;
        if parsed.scheme() != "s3" {
            return Err(std::io::Error::other(format!(
                "{url}: only s3:// blob stores (without --blob-store: the data folder)"
            )));
        }
        let bucket = parsed.host_str().unwrap_or_default();
        let store = object_store::aws::AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .build()
            .map_err(std::io::Error::other)?;
        let prefix = parsed.path().trim_matches('/');
        Ok(if prefix.is_empty() {
            Arc::new(store)
        } else {
            Arc::new(object_store::prefix::PrefixStore::new(store, prefix))
        })
    }

    /// Where complete ciphertexts are.
    fn store(&self) -> &dyn ObjectStore {
        match &self.remote {
            Some(remote) => remote.as_ref(),
            None => &self.local,
        }
    }

    fn staging_key(sid: &str, aid: &str) -> Path {
        Path::from(format!("staging/{sid}/{aid}"))
    }

    fn key(sid: &str, part: Part<'_>) -> Path {
        match part {
            Part::Metadata => Path::from(format!("submissions/{sid}/metadata.jwe")),
            Part::Data => Path::from(format!("submissions/{sid}/data.jwe")),
            Part::Attachment(aid) => Path::from(format!("submissions/{sid}/attachments/{aid}.jwe")),
        }
    }

    /// The file an upload in progress grows in.
    pub fn staging_file(&self, sid: &str, aid: &str) -> std::io::Result<PathBuf> {
        self.local
            .path_to_filesystem(&Self::staging_key(sid, aid))
            .map_err(std::io::Error::other)
    }

    /// How many bytes of an upload have arrived (0 if none).
    pub async fn staged_len(&self, sid: &str, aid: &str) -> std::io::Result<u64> {
        match tokio::fs::metadata(self.staging_file(sid, aid)?).await {
            Ok(meta) => Ok(meta.len()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(0),
            Err(err) => Err(err),
        }
    }

    /// Open the staging file of an upload for appending (created with its folder if missing).
    pub async fn append(&self, sid: &str, aid: &str) -> std::io::Result<Appender> {
        let path = self.staging_file(sid, aid)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        let file = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .await?
            .into_std()
            .await;
        Ok(Appender::start(file))
    }

    /// Throw away an upload's staged bytes (it starts again from 0).
    pub async fn discard_staged(&self, sid: &str, aid: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.staging_file(sid, aid)?).await {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    /// Move a complete upload into place: a rename in the data folder, or a multipart upload
    /// into the remote store and the staging file deleted.
    pub async fn finish(&self, sid: &str, aid: &str) -> object_store::Result<()> {
        let staging = Self::staging_key(sid, aid);
        let key = Self::key(sid, Part::Attachment(aid));
        let Some(remote) = &self.remote else {
            return self.local.rename(&staging, &key).await;
        };
        let mut source = self.local.get(&staging).await?.into_stream();
        let mut sink = object_store::buffered::BufWriter::new(Arc::clone(remote), key);
        while let Some(bytes) = source.try_next().await? {
            sink.put(bytes).await?;
        }
        tokio::io::AsyncWriteExt::shutdown(&mut sink)
            .await
            .map_err(|e| object_store::Error::Generic {
                store: "remote",
                source: Box::new(e),
            })?;
        self.local.delete(&staging).await
    }

    /// Store a small ciphertext (metadata, data) whole.
    pub async fn put(&self, sid: &str, part: Part<'_>, bytes: Bytes) -> object_store::Result<()> {
        self.store()
            .put(&Self::key(sid, part), PutPayload::from_bytes(bytes))
            .await
            .map(drop)
    }

    /// A stored ciphertext as a stream of bytes, with its length.
    pub async fn read(
        &self,
        sid: &str,
        part: Part<'_>,
    ) -> object_store::Result<(u64, BoxStream<'static, object_store::Result<Bytes>>)> {
        let got = self.store().get(&Self::key(sid, part)).await?;
        Ok((got.meta.size, got.into_stream()))
    }

    /// A small stored ciphertext whole.
    pub async fn read_all(&self, sid: &str, part: Part<'_>) -> object_store::Result<Bytes> {
        self.store().get(&Self::key(sid, part)).await?.bytes().await
    }

    /// Delete everything of a submission: staged uploads and stored ciphertexts.
    pub async fn delete_submission(&self, sid: &str) -> object_store::Result<()> {
        let staging = Path::from(format!("staging/{sid}"));
        Self::delete_prefix(&self.local, &staging).await?;
        let stored = Path::from(format!("submissions/{sid}"));
        Self::delete_prefix(self.store(), &stored).await
    }

    async fn delete_prefix(store: &dyn ObjectStore, prefix: &Path) -> object_store::Result<()> {
        let keys = store
            .list(Some(prefix))
            .map_ok(|meta| meta.location)
            .boxed();
        store.delete_stream(keys).try_collect::<Vec<_>>().await?;
        Ok(())
    }
}

/// Frames queued for the writer thread: the request keeps receiving while the disk writes.
const WRITE_QUEUE: usize = 64;

/// The most bytes handed to one `write` system call.
const WRITE_BATCH: usize = 1 << 20;

/// An open staging file, written by a thread of its own: the frames of the request body
/// are queued to it as they arrive (no copy: `Bytes` are shared) and written in batches with
/// vectored writes, so receiving, writing and the caller's other work (hashing) overlap.
#[derive(Debug)]
pub struct Appender {
    queue: tokio::sync::mpsc::Sender<Bytes>,
    writer: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Appender {
    fn start(file: std::fs::File) -> Appender {
        let (queue, frames) = tokio::sync::mpsc::channel(WRITE_QUEUE);
        let writer = tokio::task::spawn_blocking(move || write_frames(file, frames));
        Appender { queue, writer }
    }

    /// Append bytes (written by the writer thread; an error shows here or in [`sync`]).
    ///
    /// [`sync`]: Appender::sync
    pub async fn write(&mut self, bytes: Bytes) -> std::io::Result<()> {
        if self.queue.send(bytes).await.is_err() {
            // The writer stopped: its error comes with `sync`.
            return Err(std::io::Error::other("the staging file's writer stopped"));
        }
        Ok(())
    }

    /// Write out what is queued and sync it to disk: after this, the offset survives a crash.
    pub async fn sync(self) -> std::io::Result<()> {
        drop(self.queue);
        self.writer.await.map_err(std::io::Error::other)?
    }
}

/// The writer thread: batches of queued frames, one vectored write each, then a sync.
fn write_frames(
    mut file: std::fs::File,
    mut frames: tokio::sync::mpsc::Receiver<Bytes>,
) -> std::io::Result<()> {
    use std::io::{IoSlice, Write};
    let mut batch: Vec<Bytes> = Vec::with_capacity(WRITE_QUEUE);
    while let Some(first) = frames.blocking_recv() {
        batch.push(first);
        let mut size = batch[0].len();
        while size < WRITE_BATCH {
            match frames.try_recv() {
                Ok(frame) => {
                    size += frame.len();
                    batch.push(frame);
                }
                Err(_) => break,
            }
        }
        // `write_all_vectored` is unstable: advance through partial writes by hand.
        let (mut at, mut skip) = (0, 0);
        while at < batch.len() {
            let slices: Vec<IoSlice<'_>> = std::iter::once(IoSlice::new(&batch[at][skip..]))
                .chain(batch[at + 1..].iter().map(|b| IoSlice::new(b)))
                .collect();
            let mut written = file.write_vectored(&slices)?;
            if written == 0 {
                return Err(std::io::ErrorKind::WriteZero.into());
            }
            while at < batch.len() && written >= batch[at].len() - skip {
                written -= batch[at].len() - skip;
                at += 1;
                skip = 0;
            }
            skip += written;
        }
        batch.clear();
    }
    file.sync_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_upload_grows_moves_into_place_and_is_deleted_with_its_submission() {
        let root = tempfile::tempdir().expect("temp dir");
        let blobs = Blobs::open(root.path(), None).expect("opens");
        assert_eq!(blobs.staged_len("s", "a").await.expect("len"), 0);
        let mut file = blobs.append("s", "a").await.expect("opens");
        file.write(Bytes::from_static(b"abc"))
            .await
            .expect("writes");
        file.sync().await.expect("syncs");
        let mut file = blobs.append("s", "a").await.expect("opens again");
        file.write(Bytes::from_static(b"def"))
            .await
            .expect("appends");
        file.sync().await.expect("syncs");
        assert_eq!(blobs.staged_len("s", "a").await.expect("len"), 6);
        blobs.finish("s", "a").await.expect("moves");
        assert_eq!(blobs.staged_len("s", "a").await.expect("len"), 0);
        let stored = blobs
            .read_all("s", Part::Attachment("a"))
            .await
            .expect("reads");
        assert_eq!(&stored[..], b"abcdef");
        blobs
            .put("s", Part::Data, Bytes::from_static(b"jwe"))
            .await
            .expect("puts");
        blobs.delete_submission("s").await.expect("deletes");
        assert!(blobs.read_all("s", Part::Data).await.is_err());
        assert!(blobs.read_all("s", Part::Attachment("a")).await.is_err());
    }
}
