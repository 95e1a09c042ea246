'use client';
export { ErrorView as default } from '../../components/error-view';
