// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFileInput, type UploadedFile } from '../../../utils/checkins/classifyAction';

function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function upload(id: string, files: readonly UploadedFile[]) {
  const input = document.getElementById(id);
  if (input === null) throw new Error(`fixture has no #${id}`);
  return classifyFileInput(input as HTMLInputElement, files);
}

const cameraPhoto = { type: 'image/jpeg', name: 'IMG_20240506_093012.jpg' };
const windowsScreenshot = { type: 'image/png', name: '屏幕截图 2024-05-06 093012.png' };
const phoneScreenshot = { type: 'image/jpeg', name: 'Screenshot_20240506-093012.jpg' };
const pdf = { type: 'application/pdf', name: '会议纪要.pdf' };
const docx = {
  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  name: '工作总结.docx',
};

describe('an upload page of a party-building platform', () => {
  beforeEach(() => loadFixture('upload-proof.html'));

  it('counts an image put where the page asks for a 积分截图 as 截图上报, even a camera JPEG', () => {
    expect(upload('points-screenshot', [cameraPhoto])).toBe('截图上报');
  });

  it('counts images for 活动照片 as 拍照留痕', () => {
    expect(upload('activity-photo', [cameraPhoto, { type: 'image/heic', name: 'IMG_0001.HEIC' }])).toBe(
      '拍照留痕',
    );
  });

  it('counts an input that asks for the camera (capture) as 拍照留痕', () => {
    expect(upload('visit-capture', [cameraPhoto])).toBe('拍照留痕');
  });

  it('goes by the file name when it says screenshot, wherever it is uploaded', () => {
    expect(upload('activity-photo', [phoneScreenshot])).toBe('截图上报');
  });

  it('does not count an avatar, not even a screenshot used as one', () => {
    expect(upload('avatar', [cameraPhoto])).toBeNull();
    expect(upload('avatar', [windowsScreenshot])).toBeNull();
  });

  it('does not count documents: PDFs and Word files are not check-ins', () => {
    expect(upload('meeting-minutes', [pdf])).toBeNull();
    expect(upload('bare-upload', [docx, pdf])).toBeNull();
  });

  it('counts a mixed upload by its images', () => {
    expect(upload('bare-upload', [pdf, cameraPhoto])).toBe('拍照留痕');
  });

  it('without any words on the page, takes a PNG for a screenshot and other images for photos', () => {
    expect(upload('bare-upload', [{ type: 'image/png', name: 'image.png' }])).toBe('截图上报');
    expect(upload('bare-upload', [cameraPhoto])).toBe('拍照留痕');
    expect(upload('bare-upload', [{ type: 'image/png' }, { type: 'image/jpeg' }])).toBe('拍照留痕');
  });

  it('knows an image the browser gave no MIME type by its extension', () => {
    expect(upload('bare-upload', [{ type: '', name: 'IMG_1234.HEIC' }])).toBe('拍照留痕');
    expect(upload('bare-upload', [{ type: '', name: '说明.txt' }])).toBeNull();
  });

  it('reads the nearest caption, not the ID number field elsewhere in the same form', () => {
    expect(upload('resident-screenshot', [cameraPhoto])).toBe('截图上报');
  });

  it('counts nothing when the chooser was closed without a file', () => {
    expect(upload('points-screenshot', [])).toBeNull();
  });
});

describe('the uploads of a data-entry form', () => {
  beforeEach(() => loadFixture('grid-report.html'));

  it('reads the form item label 现场照片 several levels up', () => {
    expect(upload('scene-photo', [cameraPhoto])).toBe('拍照留痕');
  });

  it('reads 工作截图 for the screenshot field', () => {
    expect(upload('work-screenshot', [cameraPhoto])).toBe('截图上报');
  });
});
